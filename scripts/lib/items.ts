import type { Paragraph, RootContent } from 'mdast'
import { headingMarkdown, toMarkdown } from './markdown.ts'
import { sectionKind } from './outline.ts'
import { nodesToPlainText } from './plain-text.ts'

/** A paragraph ending with a colon introduces the list that follows it directly. */
const isLeadIn = (node: RootContent, next: RootContent | undefined): node is Paragraph =>
  node.type === 'paragraph' && next?.type === 'list' && /:\s*$/.test(nodesToPlainText(node))

/**
 * Cut section content into cause/solution strings: one per top-level list
 * item (nested lists stay inside their parent) and one per other block, in
 * document order. A lead-in (a paragraph ending with a colon, followed by a
 * list) and its list are one item, the list nested under it; a lead-in that is
 * only a section label ("Possible causes:") is dropped and its list's items
 * are items. Empty items (`- `) give nothing.
 */
export function toItems(nodes: readonly RootContent[]): string[] {
  const items: string[] = []
  const add = (markdown: string, content: RootContent[]) => {
    if (nodesToPlainText(content) !== '') items.push(markdown)
  }
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    const next = nodes[index + 1]
    if (isLeadIn(node, next)) {
      if (sectionKind(nodesToPlainText(node)) !== undefined) continue
      // The list follows its lead-in line directly, so that the item stays one tight block.
      add(`${toMarkdown(node)}\n${toMarkdown(next!)}`, [node, next!])
      index++
    } else if (node.type === 'list') for (const item of node.children) add(toMarkdown(item.children), item.children)
    else if (node.type === 'heading') add(headingMarkdown(node), [node])
    else add(toMarkdown(node), [node])
  }
  return items
}
