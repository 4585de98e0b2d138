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
 * and white space runs (soft line breaks included) become one space.
 */
export function parseMarkdown(text: string, origin: Origin, related: Set<number>): Root {
  if (isInert(text)) return inertTree(text)
  const tree = (text.includes('|') ? tableParser : parser).parse(boldLinesToHeadings(text))
  convertInlineHtml(tree)
  rewriteLinks(tree, origin, related)
  unwrapLines(tree)
  return tree
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

type LinkLike = Link | LinkReference | ImageReference | Definition

/**
 * One pass over the tree for everything about links: reference links become
 * inline links and definitions go (they are not content), `/errors/NNNNN`
 * links become cross-references, other relative links are reported and
 * replaced by their text.
 */
function rewriteLinks(tree: Root, origin: Origin, related: Set<number>): void {
  const found: { node: LinkLike; parent: Parent }[] = []
  const definitions = new Map<string, Definition>()
  visit(tree, (node, _, parent) => {
    if (!parent) return
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node)
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'imageReference' || node.type === 'definition')
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
      replacements.set(node, [link])
    } else link = node
    if (link.type !== 'link') continue
    trimLabel(link)
    const code = linkedCode(link.url)
    if (code !== undefined) {
      if (code !== origin.code) related.add(code)
      link.url = crossReferenceUrl(code)
      link.title = null
    } else if (isRelative(link.url)) {
      const start = link.position?.start ?? { line: 1, column: 1 }
      report(origin.file, `Unexpected relative link \`${link.url}\` in \`${origin.code}\`, it resolves nowhere: kept as text`, {
        severity: 'warning',
        place: { line: origin.line + start.line - 1, column: start.column },
        ruleId: 'unresolvable-relative-link',
        source: 'docs',
      })
      replacements.set(node, link.children)
    }
  }
  for (const parent of new Set(found.map(({ parent }) => parent))) {
    const children = (parent.children as Nodes[]).flatMap((child) => replacements.get(child) ?? [child])
    parent.children = (children.every((child) => child.type !== 'text') ? children : mergeText(children as PhrasingContent[])) as Parent['children']
  }
}

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
