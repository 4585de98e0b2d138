import type { Definition, Heading, Image, ImageReference, Link, LinkReference, Nodes, Parent, PhrasingContent, Root } from 'mdast'
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { markdownLines } from '../../src/format/lines.ts'
import { crossReferenceUrl } from '../../src/format/markdown-text.ts'
import { report } from './diagnostics.ts'
import { convertInlineHtml, mergeText } from './html.ts'

/** Where a piece of markdown starts in the raw catalog, to place messages about it. */
export interface Origin {
  file: VFile
  code: number
  /** Line of the raw file on which the markdown's first line stands. */
  line: number
  /** Column of that line at which the markdown starts (a header field's value); 1 when absent. */
  column?: number
}

const parser = unified().use(remarkParse)
/**
 * CommonMark plus GFM tables: 53215 states its whole docs as a table, which
 * the page keeps as one. Only text with a pipe can hold a table, and only it
 * pays for the extension.
 */
const tableParser = unified().use(remarkParse).data('micromarkExtensions', [gfmTable()]).data('fromMarkdownExtensions', [gfmTableFromMarkdown()])
const stringifyOptions: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  resourceLink: true,
}
const serializer = unified().use(remarkStringify, stringifyOptions).data('toMarkdownExtensions', [gfmTableToMarkdown()])

/** A line that is only `<b>…</b>` is a heading in this catalog, even when text follows without a blank line. */
const boldLine = /^ {0,3}<b>(.*?)<\/b>\s*$/i

/** Rewrite `<b>…</b>` lines into ATX headings, line for line, outside fenced code. */
export function boldLinesToHeadings(text: string): string {
  return markdownLines(text)
    .map((line) => {
      const bold = line.kind === 'text' ? boldLine.exec(line.text) : null
      return bold ? `#### ${bold[1]}` : line.text
    })
    .join('\n')
}

/**
 * Parse catalog markdown into clean mdast: pseudo-headings become headings,
 * inline HTML becomes markdown, reference links are resolved inline,
 * `/errors/NNNNN` links become cross-references (collected in `related`),
 * other relative links, which resolve nowhere, are reported and unwrapped,
 * and white space runs (soft line breaks included) become one space. Links
 * keep only the schemes a page can follow safely; images become links.
 * Markdown nested past {@link markdownLimits} is an error, found before parsing.
 */
export function parseMarkdown(text: string, origin: Origin, related: Set<number>): Root {
  if (isInert(text)) return inertTree(text)
  if (!withinNesting(text, origin)) return { type: 'root', children: [] }
  const tree = (text.includes('|') ? tableParser : parser).parse(boldLinesToHeadings(text))
  if (!withinDepth(tree, origin)) return { type: 'root', children: [] }
  convertInlineHtml(tree)
  rewriteLinks(tree, origin, related)
  unwrapLines(tree)
  return tree
}

/**
 * How deep vendor markdown may nest: block containers (block quotes and list
 * items) a line opens, columns it is indented by, and emphasis delimiter runs
 * (`*`, `_`) in one paragraph, outside code fences; and the depth of the
 * parsed tree. The catalog opens one container a line, indents eight columns
 * and has at most nine delimiter runs a line. Deeper text costs time and
 * stack that grow faster than its length (a list 800 levels deep takes the
 * parser most of a minute, 2,000 nested emphases 2.3 s, and serialising
 * either overflows the stack), so the step stops before parsing it.
 */
export const markdownLimits = { containers: 16, indent: 64, delimiters: 256, tree: 48 } as const

const containerPrefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/

/** Whether every line is within the limits; an error at the first that is not. */
function withinNesting(text: string, origin: Origin): boolean {
  const lines = markdownLines(text)
  let delimiters = 0
  for (let index = 0; index < lines.length; index++) {
    const { text: line, kind } = lines[index]!
    if (kind !== 'text' || line.trim() === '') {
      delimiters = 0 // a paragraph ends
      continue
    }
    delimiters += line.match(/[*_]+/g)?.length ?? 0
    if (delimiters > markdownLimits.delimiters) {
      tooDeep(
        origin,
        placeIn(origin, { line: index + 1, column: 1 }),
        `holds more than ${markdownLimits.delimiters} emphasis delimiters in one paragraph`,
      )
      return false
    }
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length
    const containers = (containerPrefix.exec(line)?.[0].match(/>|[-*+]|\d+[.)]/g) ?? []).length
    if (containers > markdownLimits.containers || indent > markdownLimits.indent) {
      tooDeep(
        origin,
        placeIn(origin, { line: index + 1, column: 1 }),
        containers > markdownLimits.containers
          ? `opens ${containers} block quotes and list items on one line, more than ${markdownLimits.containers}`
          : `is indented by ${indent} columns, more than ${markdownLimits.indent}`,
      )
      return false
    }
  }
  return true
}

/** Whether the parsed tree is at most {@link markdownLimits}.tree deep (emphasis and links nest too); walked without recursion. */
function withinDepth(tree: Root, origin: Origin): boolean {
  const stack: [Nodes, number][] = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > markdownLimits.tree) {
      tooDeep(origin, placeOf(node, origin), `nests ${markdownLimits.tree} levels deep`)
      return false
    }
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1])
  }
  return true
}

function tooDeep(origin: Origin, place: { line: number; column: number }, what: string): void {
  report(origin.file, `Unexpected nesting in \`${origin.code}\`: its markdown ${what}`, {
    severity: 'error',
    place,
    ruleId: 'nesting-too-deep',
    source: 'docs',
  })
}

/**
 * Join the lines of every paragraph and collapse runs of white space: both
 * render as one space, and one line per paragraph or item, spaced as the
 * messages are, lets a page quote a message exactly (stored once).
 */
function unwrapLines(tree: Root): void {
  visit(tree, 'text', (node) => {
    node.value = node.value.replace(/\s+/g, ' ')
  })
}

/** The code a link points at when its path ends in `/errors/NNNNN`. */
export function linkedCode(url: string): number | undefined {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '')
  const match = /\/errors\/(\d+)\/?$/.exec(path)
  return match ? Number(match[1]) : undefined
}

const isRelative = (url: string) => !/^([a-z][a-z0-9+.-]*:|#)/i.test(url)

/**
 * The link targets a page keeps: web addresses and mail addresses. The
 * cross-reference form `#NNNNN` is made by the build, not kept from the vendor
 * text. `tel:` is not kept: no entry links a number, and a click-to-call link
 * planted in third-party text would dial it; the number stays as text.
 */
const safeScheme = /^(?:https?|mailto):/i

type LinkLike = Link | Image | LinkReference | ImageReference | Definition

/**
 * One pass over the tree for everything about links: reference links become
 * inline links and definitions go (they are not content), images become
 * links (a page loads nothing by itself), `/errors/NNNNN` links become
 * cross-references, and other relative links, fragments and links of any
 * scheme but http, https and mailto are reported and replaced by their text.
 */
function rewriteLinks(tree: Root, origin: Origin, related: Set<number>): void {
  const found: { node: LinkLike; parent: Parent }[] = []
  const definitions = new Map<string, Definition>()
  visit(tree, (node, _, parent) => {
    if (!parent) return
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node)
    if (
      node.type === 'link' ||
      node.type === 'image' ||
      node.type === 'linkReference' ||
      node.type === 'imageReference' ||
      node.type === 'definition'
    )
      found.push({ node, parent })
  })
  if (found.length === 0) return

  const replacements = new Map<Nodes, Nodes[]>()
  for (const { node } of found) {
    if (node.type === 'definition') {
      replacements.set(node, [])
      continue
    }
    let link: Link | Image
    if (node.type === 'linkReference' || node.type === 'imageReference') {
      // CommonMark makes a reference only when its definition exists.
      const { url, title } = definitions.get(node.identifier)!
      link =
        node.type === 'linkReference'
          ? { type: 'link', url, title, children: node.children, position: node.position }
          : { type: 'image', url, title, alt: node.alt, position: node.position }
    } else link = node
    const place = placeOf(link, origin)
    if (link.type === 'image') {
      warnLink(
        origin,
        place,
        `Unexpected image \`${link.url}\` in \`${origin.code}\`: a page loads nothing by itself, kept as a link`,
        'image-as-link',
      )
      link = { type: 'link', url: link.url, title: link.title, children: [{ type: 'text', value: link.alt || link.url }], position: link.position }
    }
    if (link !== node) replacements.set(node, [link])
    trimLabel(link)
    const code = linkedCode(link.url)
    if (code !== undefined) {
      if (code !== origin.code) related.add(code)
      link.url = crossReferenceUrl(code)
      link.title = null
    } else if (isRelative(link.url)) {
      warnLink(
        origin,
        place,
        `Unexpected relative link \`${link.url}\` in \`${origin.code}\`, it resolves nowhere: kept as text`,
        'unresolvable-relative-link',
      )
      replacements.set(node, link.children)
    } else if (!safeScheme.test(link.url)) {
      warnLink(
        origin,
        place,
        `Unexpected link \`${link.url}\` in \`${origin.code}\`: only http, https and mailto links are kept; kept as text`,
        'unsafe-link',
      )
      replacements.set(node, link.children)
    }
  }
  for (const parent of new Set(found.map(({ parent }) => parent))) {
    const children = (parent.children as Nodes[]).flatMap((child) => replacements.get(child) ?? [child])
    parent.children = (children.every((child) => child.type !== 'text') ? children : mergeText(children as PhrasingContent[])) as Parent['children']
  }
}

/** A point of the markdown as a place in the raw file. */
const placeIn = (origin: Origin, { line, column }: { line: number; column: number }) => ({
  line: origin.line + line - 1,
  column: line === 1 ? (origin.column ?? 1) + column - 1 : column,
})

const placeOf = (node: Nodes, origin: Origin) => placeIn(origin, node.position?.start ?? { line: 1, column: 1 })

const warnLink = (origin: Origin, place: { line: number; column: number }, reason: string, ruleId: string) =>
  report(origin.file, reason, { severity: 'warning', place, ruleId, source: 'docs' })

/** A label wrapped onto its own lines (`[\ntext\n](url)`) reads as its text. */
function trimLabel(link: Link): void {
  const first = link.children[0]
  const last = link.children[link.children.length - 1]
  if (first?.type === 'text') first.value = first.value.trimStart()
  if (last?.type === 'text') last.value = last.value.trimEnd()
}

/** Serialise mdast nodes as CommonMark. */
export function toMarkdown(nodes: Nodes | Nodes[]): string {
  const children = Array.isArray(nodes) ? nodes : [nodes]
  const [only] = children
  if (children.length === 1 && only?.type === 'paragraph' && only.children.length === 1) {
    const [text] = only.children
    if (text?.type === 'text' && isInert(text.value)) return text.value.trim()
  }
  return serializeMarkdown(children)
}

/** The content of a heading as inline markdown. */
export const headingMarkdown = (heading: Heading): string => toMarkdown({ type: 'paragraph', children: heading.children })

/** Serialise with remark-stringify, without the shortcut for inert text. */
export function serializeMarkdown(children: Nodes[]): string {
  return serializer.stringify({ type: 'root', children: children as Root['children'] }).trim()
}

/**
 * One line of text in which no character has a markdown meaning: it parses to
 * one paragraph of itself and serialises to itself, so the markdown round trip,
 * the costliest part of the step, can be skipped for it (most causes and messages).
 */
export function isInert(text: string): boolean {
  return /^[^\\`*_[\]<>&#!|~\n\r\t]*$/.test(text) && !/^(?:\s{4}|\s*(?:[-+=]|\d+[.)]))/.test(text) && text.trim() !== ''
}

function inertTree(text: string): Root {
  const value = text.trim()
  const start = { line: 1, column: text.length - text.trimStart().length + 1, offset: text.length - text.trimStart().length }
  const end = { line: 1, column: start.column + value.length, offset: start.offset + value.length }
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value, position: { start, end } }], position: { start, end } }] }
}
