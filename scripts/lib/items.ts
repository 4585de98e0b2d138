import type { RootContent } from 'mdast'
import { toMarkdown } from './markdown.ts'
import { nodesToPlainText } from './text.ts'

/**
 * Cut section content into cause/solution strings: one per top-level list
 * item (nested lists stay inside their parent) and one per other block, in
 * document order. Empty items (`- `) give nothing.
 */
export function toItems(nodes: RootContent[]): string[] {
  const items: string[] = []
  const add = (content: RootContent[]) => {
    if (nodesToPlainText(content) !== '') items.push(toMarkdown(content))
  }
  for (const node of nodes) {
    if (node.type === 'list') for (const item of node.children) add(item.children)
    else if (node.type === 'heading') add(node.children.length > 0 ? [{ type: 'paragraph', children: node.children }] : [])
    else add([node])
  }
  return items
}
