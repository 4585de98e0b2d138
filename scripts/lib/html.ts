import type { Nodes, Paragraph, Parent, PhrasingContent, RootContent } from 'mdast'
import { toString as nodeText } from 'mdast-util-to-string'
import { decodeString } from 'micromark-util-decode-string'
import type { Position } from 'unist'

/**
 * Tag names of real HTML elements. Angle-bracket text with any other name
 * (`<country>`, `<Dial>`, `<parameter name>`) is literal text in this catalog,
 * even though CommonMark parses it as inline HTML.
 */
const htmlElements = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'blockquote',
  'br',
  'center',
  'cite',
  'code',
  'dd',
  'del',
  'div',
  'dl',
  'dt',
  'em',
  'font',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'tt',
  'u',
  'ul',
  'var',
])
const voidElements = new Set(['br', 'hr', 'img'])

interface Tag {
  name: string
  closing: boolean
  attributes: Map<string, string>
}

const tagPattern = /^<(\/)?([A-Za-z][A-Za-z0-9-]*)((?:\s+[^<>]*?)?)\s*\/?>$/
const attributePattern = /([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/** Read one HTML tag, or undefined when the text is not a tag of a real HTML element. */
export function parseTag(text: string): Tag | undefined {
  const match = tagPattern.exec(text.trim())
  if (!match) return undefined
  const name = match[2]!.toLowerCase()
  if (!htmlElements.has(name)) return undefined
  const attributes = new Map<string, string>()
  for (const [, key, double, single, bare] of match[3]!.matchAll(attributePattern)) {
    attributes.set(key!.toLowerCase(), decodeString(double ?? single ?? bare ?? ''))
  }
  return { name, closing: match[1] === '/', attributes }
}

/** Remove the tags of real HTML elements from plain text, keeping their content. */
export function stripHtmlTags(text: string): string {
  return text.replace(/<\/?[A-Za-z][^<>]*>/g, (tag) => (parseTag(tag) ? '' : tag))
}

interface Frame {
  tag: Tag | undefined
  children: PhrasingContent[]
  /** Where the opening tag stands, so that the markdown made of it keeps a place for messages. */
  position?: Position | undefined
}

/**
 * Turn inline HTML into markdown nodes, in place, in every phrasing container:
 * `<a href>` becomes a link, `<span class='rest-attribute'>` inline code, `<b>`
 * strong, `<i>`/`<em>` emphasis, `<br>` a break, `<img src>` an image; other real elements are
 * unwrapped; angle-bracket text that is not HTML becomes literal text.
 */
export function convertInlineHtml(node: Nodes): void {
  if (!('children' in node)) return
  for (const child of node.children) convertInlineHtml(child)
  if (!node.children.some((child) => child.type === 'html')) return
  if (node.type === 'root' || node.type === 'listItem' || node.type === 'blockquote') {
    convertBlockHtml(node)
    return
  }
  const stack: Frame[] = [{ tag: undefined, children: [] }]
  for (const child of node.children as PhrasingContent[]) {
    const top = stack[stack.length - 1]!
    if (child.type !== 'html') {
      top.children.push(child)
      continue
    }
    const tag = parseTag(child.value)
    if (!tag) {
      top.children.push({ type: 'text', value: child.value })
    } else if (voidElements.has(tag.name)) {
      if (tag.name === 'br') top.children.push({ type: 'break' })
      // An image stays an image here, so that the link pass reports it and makes it a link.
      const src = tag.attributes.get('src')
      if (tag.name === 'img' && src) top.children.push({ type: 'image', url: src, alt: tag.attributes.get('alt') ?? '', position: child.position })
    } else if (!tag.closing) {
      stack.push({ tag, children: [], position: child.position })
    } else {
      const open = stack.findLastIndex((frame) => frame.tag?.name === tag.name)
      // An unmatched closing tag is dropped; elements left open inside a matched one are unwrapped.
      if (open > 0) {
        while (stack.length > open + 1) unwrapFrame(stack)
        const frame = stack.pop()!
        stack[stack.length - 1]!.children.push(...elementToMarkdown(frame))
      }
    }
  }
  // Elements never closed are not markup: keep their content only.
  while (stack.length > 1) unwrapFrame(stack)
  ;(node as Parent).children = mergeText(stack[0]!.children)
}

function unwrapFrame(stack: Frame[]): void {
  stack[stack.length - 2]!.children.push(...stack.pop()!.children)
}

function elementToMarkdown({ tag, children, position }: Frame): PhrasingContent[] {
  const name = tag!.name
  const href = tag!.attributes.get('href')
  if (name === 'a' && href) return [{ type: 'link', url: href, children, position }]
  if (name === 'span' && /\brest-attribute\b/.test(tag!.attributes.get('class') ?? '')) {
    return [{ type: 'inlineCode', value: nodeText({ type: 'paragraph', children }) }]
  }
  if (name === 'code' || name === 'tt' || name === 'kbd') {
    return [{ type: 'inlineCode', value: nodeText({ type: 'paragraph', children }) }]
  }
  if (name === 'b' || name === 'strong') return [{ type: 'strong', children }]
  if (name === 'i' || name === 'em') return [{ type: 'emphasis', children }]
  return children
}

/**
 * HTML blocks: none are real markup in this catalog. Each becomes a paragraph
 * read as inline HTML is, so that a link or an image in one meets the same
 * rules as anywhere else.
 */
function convertBlockHtml(node: Parent): void {
  node.children = node.children.map((child): RootContent => {
    if (child.type !== 'html') return child
    const children: PhrasingContent[] = child.value
      .split(/(<\/?[A-Za-z][^<>]*>)/)
      .filter(Boolean)
      .map((part) => (/^<\/?[A-Za-z]/.test(part) ? { type: 'html', value: part, position: child.position } : { type: 'text', value: part }))
    const paragraph: Paragraph = { type: 'paragraph', children, position: child.position }
    convertInlineHtml(paragraph)
    return paragraph
  }) as Parent['children']
}

/** Join adjacent text nodes, so that serialised markdown does not depend on how HTML was split. */
export function mergeText(children: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = []
  for (const child of children) {
    const last = merged[merged.length - 1]
    if (child.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { ...last, value: last.value + child.value }
    else merged.push(child)
  }
  return merged
}
