/**
 * Laying entries out for a terminal: plain text from the catalog markdown,
 * wrapped to a width (none in a pipe, so that each paragraph or row is one
 * line for grep), with ANSI colour only when asked for.
 */
import {
  type CategoryInfo,
  causesHeading,
  type ErrorEntry,
  getError,
  type LiteEntry,
  type MatchKind,
  type SearchHit,
  solutionsHeading,
  toPlainText,
} from 'signalwire-errors/lite'
import { printable } from './printable.ts'

export interface Style {
  color: boolean
  /** Columns to wrap to, at least 20; `Infinity` wraps nothing. */
  width: number
}

const ansi = (open: number, close: number) => (color: boolean, text: string) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text)
const bold = ansi(1, 22)
const dim = ansi(2, 22)
const red = ansi(31, 39)
const yellow = ansi(33, 39)
const levelColor = (level: 'error' | 'warning') => (level === 'error' ? red : yellow)

/** Columns a string takes on screen: colour codes take none. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: a colour code starts with ESC, which is what this looks for.
const visible = (text: string): number => text.replace(/\u001b\[\d+m/g, '').length

/**
 * Word-wrap plain text to `width` columns, each line starting with `indent`;
 * a hanging `first` prefix (which may be coloured) replaces the indent on line
 * one. A word longer than a line is cut, so that no line is wider than `width`.
 */
export function wrap(text: string, width: number, indent = '', first = indent): string {
  const words = printable(text).split(/\s+/).filter(Boolean)
  if (width === Infinity) return first + words.join(' ')
  const lines: string[] = []
  // The line so far, its width on screen, and whether it holds a word yet (the prefix alone does not count).
  let line = first
  let used = visible(first)
  let empty = true
  const newLine = () => {
    lines.push(line)
    line = indent
    used = indent.length
    empty = true
  }
  for (const word of words) {
    let rest = word
    while (rest) {
      const room = width - used - (empty ? 0 : 1)
      if (rest.length <= room) {
        line += (empty ? '' : ' ') + rest
        used += (empty ? 0 : 1) + rest.length
        empty = false
        rest = ''
      } else if (!empty || room <= 0) {
        newLine()
      } else {
        // A word longer than a whole line: as much of it as fits (up to an underscore of a name, if it has one), the rest on the next line.
        const underscore = rest.lastIndexOf('_', room - 1)
        const take = underscore > 0 ? underscore + 1 : room
        line += rest.slice(0, take)
        rest = rest.slice(take)
        newLine()
      }
    }
  }
  lines.push(line)
  return lines.join('\n')
}

/** A hanging prefix when it leaves room for the text, else the prefix on a line of its own and the text indented under it. */
function hanging(text: string, prefix: string, style: Style): string {
  if (style.width === Infinity || style.width - visible(prefix) >= 24) return wrap(text, style.width, ' '.repeat(visible(prefix)), prefix)
  return `${prefix.trimEnd()}\n${wrap(text, style.width, '  ')}`
}

/** The blocks of catalog markdown as terminal text: headings bold, list items bulleted, code as is, paragraphs wrapped. */
function blocks(markdown: string, style: Style): string[] {
  return markdown.split(/\n{2,}(?=\S)/).map((block) => {
    if (block.startsWith('```'))
      return block
        .split('\n')
        .slice(1, -1)
        .map((line) => `    ${printable(line)}`)
        .join('\n')
    if (/^#{1,6} /.test(block)) return bold(style.color, wrap(plain(block), style.width))
    if (/^- /.test(block))
      return block
        .split(/\n(?=- )/)
        .map((item) => bullet(item.slice(2), style))
        .join('\n')
    return wrap(plain(block), style.width)
  })
}

/** Links with their address after the text, for a terminal; a cross-reference names its code. */
const withAddresses = (markdown: string): string =>
  markdown.replace(/\[([^[\]]*)\]\(((?:https?|mailto):[^()\s]*|#(\d+))\)/g, (link, text: string, url: string, code?: string) =>
    code ? `${link} (see ${code})` : text === url || text === url.replace(/^mailto:/, '') ? link : `${link} (${url})`,
  )

/** Plain text of catalog markdown for a terminal. */
const plain = (markdown: string): string => toPlainText(withAddresses(markdown))

/** A nested list: a later line of an item that starts an item (the stored items hold it unindented, pages indented). */
const nestedList = /\n( *)(?:[-*+]|\d+[.)]) /

/** A list item, bulleted, its nested lists indented under it. */
function bullet(markdown: string, style: Style, depth = 0): string {
  const indent = '  '.repeat(depth)
  const nested = nestedList.exec(markdown)
  const lines = [wrap(plain(nested ? markdown.slice(0, nested.index) : markdown), style.width, `${indent}    `, `${indent}  • `)]
  if (nested) {
    const inner = markdown
      .slice(nested.index + 1)
      .split('\n')
      .map((line) => line.slice(Math.min(nested[1]!.length, line.length - line.trimStart().length)))
      .join('\n')
    for (const item of inner.split(/\n(?=(?:[-*+]|\d+[.)]) )/)) lines.push(bullet(item.replace(/^(?:[-*+]|\d+[.)]) /, ''), style, depth + 1))
  }
  return lines.join('\n')
}

const section = (title: string, items: readonly string[], style: Style): string[] =>
  items.length === 0 ? [] : [`${bold(style.color, wrap(title, style.width))}\n${items.map((item) => bullet(item, style)).join('\n')}`]

/** One entry, as a terminal page. */
export function formatEntry(entry: ErrorEntry, style: Style): string {
  // The meta line is wrapped as plain text, then coloured line by line.
  // Each separator is glued to the word before it (a private-use character stands for the space), so no line starts with one.
  const fields = [entry.level, entry.category, entry.name, ...(entry.retired ? ['retired'] : [])]
  const meta = wrap(fields.join('\ue000· '), style.width)
    .replaceAll('\ue000', ' ')
    .split('\n')
    .map((line, index) =>
      index === 0
        ? `${levelColor(entry.level)(style.color, entry.level)}${dim(style.color, line.slice(entry.level.length))}`
        : dim(style.color, line),
    )
    .join('\n')
  const parts = [
    `${bold(style.color, hanging(entry.message, `${entry.code}  `, style))}\n${meta}`,
    // Plain text by the catalog's rules, but a few hold link syntax that reads better as text.
    ...(entry.secondaryMessage ? [wrap(plain(entry.secondaryMessage), style.width)] : []),
    ...(entry.description ? blocks(entry.description, style) : []),
    ...section(causesHeading, entry.causes, style),
    ...section(solutionsHeading, entry.solutions, style),
    ...entry.sections.map((part) => `${bold(style.color, wrap(part.title, style.width))}\n${blocks(part.body, style).join('\n\n')}`),
    ...(entry.related.length ? [seeAlso(entry.related, style)] : []),
  ]
  return parts.join('\n\n')
}

/** The codes a page links to, each with its message. */
function seeAlso(related: readonly number[], style: Style): string {
  const rows = related.map((code) => hanging(getError(code)?.message ?? '', `  ${code}  `, style))
  return dim(style.color, ['See also:', ...rows].join('\n'))
}

/** One row per entry of a list or search result: code, level, message; one line in a pipe. */
export function formatLine(entry: LiteEntry, style: Style): string {
  const level = levelColor(entry.level)(style.color, entry.level.padEnd(7))
  return hanging(entry.message, `${bold(style.color, String(entry.code))}  ${level}  `, style)
}

const rankTitles: Record<MatchKind, string> = {
  code: 'The code itself',
  near: 'No such code; codes one edit away',
  message: 'Message matches',
  text: 'Other matches (name, secondary message, causes, solutions)',
}

/** Search hits under a heading per rank: the code itself, message matches, other matches. */
export function formatHits(hits: readonly SearchHit<LiteEntry>[], style: Style): string {
  const groups = (Object.keys(rankTitles) as MatchKind[])
    .map((kind) => [kind, hits.filter((hit) => hit.match === kind)] as const)
    .filter(([, group]) => group.length > 0)
  return groups
    .map(
      ([kind, group]) => `${bold(style.color, wrap(rankTitles[kind], style.width))}\n${group.map((hit) => formatLine(hit.entry, style)).join('\n')}`,
    )
    .join('\n\n')
}

/** The taxonomy, a row per category: slug, number of codes, title and code ranges. */
export function formatCategories(categories: readonly CategoryInfo[], style: Style): string {
  const slug = Math.max(...categories.map((category) => category.slug.length))
  // In columns when they leave room for the text, else the slug and count above it.
  const columns = style.width - (slug + 8) >= 24
  return categories
    .map((category) => {
      const text = `${category.title} · ${category.ranges.map(([from, to]) => `${from}–${to}`).join(', ')}`
      if (!columns) return `${bold(style.color, wrap(`${category.slug} (${category.count})`, style.width))}\n${wrap(text, style.width, '  ')}`
      return wrap(
        text,
        style.width,
        ' '.repeat(slug + 8),
        `${bold(style.color, category.slug.padEnd(slug))}  ${String(category.count).padStart(4)}  `,
      )
    })
    .join('\n')
}

/** A list of words as wrapped text, for usage errors: `account, webhook, …`. */
export const formatList = (items: readonly string[], style: Style): string => wrap(items.join(', '), style.width, '  ', '  ')
