/**
 * Laying entries out for a terminal: plain text from the catalog markdown,
 * wrapped to a width, with ANSI colour only when asked for.
 */
import { toPlainText, type CategoryInfo, type ErrorEntry, type LiteEntry } from 'signalwire-errors/lite'

export interface Style {
  color: boolean
  width: number
}

const ansi = (open: number, close: number) => (color: boolean, text: string) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text)
const bold = ansi(1, 22)
const dim = ansi(2, 22)
const red = ansi(31, 39)
const yellow = ansi(33, 39)

/** Columns a string takes on screen: colour codes take none. */
const visible = (text: string): number => text.replace(/\u001b\[\d+m/g, '').length

/** Word-wrap plain text to `width` columns, each line starting with `indent`; a hanging `first` prefix may replace the indent on line one. */
export function wrap(text: string, width: number, indent = '', first = indent): string {
  const lines: string[] = []
  let line = first
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const prefix = lines.length === 0 ? first : indent
    if (visible(line) > visible(prefix) && visible(line) + 1 + word.length > width) {
      lines.push(line)
      line = indent + word
    } else line += (visible(line) > visible(prefix) ? ' ' : '') + word
  }
  lines.push(line)
  return lines.join('\n')
}

/** The blocks of catalog markdown as terminal text: headings bold, list items bulleted, code as is, paragraphs wrapped. */
function blocks(markdown: string, style: Style): string[] {
  return markdown.split(/\n{2,}(?=\S)/).map((block) => {
    if (block.startsWith('```')) return block.split('\n').slice(1, -1).map((line) => `    ${line}`).join('\n')
    if (/^#{1,6} /.test(block)) return bold(style.color, toPlainText(block))
    if (/^- /.test(block)) return block.split(/\n(?=- )/).map((item) => wrap(toPlainText(item.slice(2)), style.width, '    ', '  • ')).join('\n')
    return wrap(toPlainText(block), style.width)
  })
}

const section = (title: string, items: readonly string[], style: Style): string[] =>
  items.length === 0 ? [] : [`${bold(style.color, title)}\n${items.map((item) => wrap(toPlainText(item), style.width, '    ', '  • ')).join('\n')}`]

/** One entry, as a terminal page. */
export function formatEntry(entry: ErrorEntry, style: Style): string {
  const level = (entry.level === 'error' ? red : yellow)(style.color, entry.level)
  const parts = [
    `${bold(style.color, `${entry.code}  ${entry.message}`)}\n${level} ${dim(style.color, `· ${entry.category} · ${entry.name}`)}`,
    ...(entry.secondaryMessage ? [wrap(entry.secondaryMessage, style.width)] : []),
    ...(entry.description ? blocks(entry.description, style) : []),
    ...section('Possible causes', entry.causes, style),
    ...section('Possible solutions', entry.solutions, style),
    ...entry.sections.map((part) => `${bold(style.color, part.title)}\n${blocks(part.body, style).join('\n\n')}`),
    ...(entry.related.length ? [dim(style.color, `See also: ${entry.related.join(', ')}`)] : []),
  ]
  return parts.join('\n\n')
}

/** One line per entry of a list or search result: code, level, message. */
export function formatLine(entry: LiteEntry, style: Style): string {
  const level = (entry.level === 'error' ? red : yellow)(style.color, entry.level.padEnd(7))
  return wrap(entry.message, style.width, ' '.repeat(16), `${bold(style.color, String(entry.code))}  ${level}  `)
}

/** The taxonomy, a line per category. */
export function formatCategories(categories: readonly CategoryInfo[], style: Style): string {
  const slug = Math.max(...categories.map((category) => category.slug.length))
  return categories
    .map((category) => `${bold(style.color, category.slug.padEnd(slug))}  ${String(category.count).padStart(4)}  ${category.title}${dim(style.color, ` · ${category.ranges.map(([from, to]) => `${from}–${to}`).join(', ')}`)}`)
    .join('\n')
}
