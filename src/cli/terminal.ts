/**
 * Laying entries out for a terminal: plain text from the catalog markdown,
 * wrapped to a width (none in a pipe, so that each paragraph or row is one
 * line for grep), with ANSI colour only when asked for.
 */
import {
  type CategoryInfo,
  causesHeading,
  type ErrorEntry,
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
        // A word longer than a whole line: as much of it as fits, the rest on the next line.
        line += rest.slice(0, room)
        rest = rest.slice(room)
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
    if (/^#{1,6} /.test(block)) return bold(style.color, wrap(toPlainText(block), style.width))
    if (/^- /.test(block))
      return block
        .split(/\n(?=- )/)
        .map((item) => bullet(item.slice(2), style))
        .join('\n')
    return wrap(toPlainText(block), style.width)
  })
}

const bullet = (markdown: string, style: Style): string => wrap(toPlainText(markdown), style.width, '    ', '  • ')

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
    ...(entry.secondaryMessage ? [wrap(toPlainText(entry.secondaryMessage), style.width)] : []),
    ...(entry.description ? blocks(entry.description, style) : []),
    ...section(causesHeading, entry.causes, style),
    ...section(solutionsHeading, entry.solutions, style),
    ...entry.sections.map((part) => `${bold(style.color, wrap(part.title, style.width))}\n${blocks(part.body, style).join('\n\n')}`),
    ...(entry.related.length ? [dim(style.color, wrap(`See also: ${entry.related.join(', ')}`, style.width))] : []),
  ]
  return parts.join('\n\n')
}

/** One row per entry of a list or search result: code, level, message; one line in a pipe. */
export function formatLine(entry: LiteEntry, style: Style): string {
  const level = levelColor(entry.level)(style.color, entry.level.padEnd(7))
  return hanging(entry.message, `${bold(style.color, String(entry.code))}  ${level}  `, style)
}

const rankTitles: Record<MatchKind, string> = {
  code: 'The code itself',
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
