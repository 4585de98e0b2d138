/**
 * The layout of a docs page, shared by the build (which writes pages) and the
 * runtime (which stores each page once and reads an entry's causes,
 * solutions, sections and description back from it). Dependency-free and
 * side-effect-free.
 *
 * A page is `## Error 11200`, `### ` its title, then its body: the secondary
 * message where the docs do not already say it, the docs' prose, and every
 * docs section under a `####` heading, in the docs' order. Causes and
 * solutions sections have fixed headings and one list item per cause or
 * solution.
 */

import type { DocsSection, ErrorEntry, LiteEntry } from '../types.ts'
import { markdownLines } from './lines.ts'
import type { DocsRow } from './rows.ts'

/** Headings of the causes and solutions sections of every docs page. */
export const causesHeading = 'Possible causes'
export const solutionsHeading = 'Possible solutions'

/** Escape text so that markdown shows it literally (any ASCII punctuation may be backslash-escaped). */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>#!&|~]/g, '\\$&')

/** The first two lines of a page: the level and code, then the title (markdown). */
export const pageHead = (level: 'error' | 'warning', code: number, title: string): string =>
  `## ${level === 'error' ? 'Error' : 'Warning'} ${code}\n\n### ${title}`

/** A page's title (markdown) and body: the inverse of {@link joinPage}. */
export function splitPage(docs: string): { title: string; body: string } {
  const [, , titleLine = ''] = docs.split('\n', 3)
  return { title: titleLine.slice('### '.length), body: docs.split('\n').slice(4).join('\n').trim() }
}

/** A whole page: its head, then its body (which may be empty). */
export const joinPage = (level: 'error' | 'warning', code: number, title: string, body: string): string =>
  body === '' ? `${pageHead(level, code, title)}\n` : `${pageHead(level, code, title)}\n\n${body}\n`

/** Causes or solutions as a markdown list: one item each, continuation lines indented under it. */
export const listOf = (items: readonly string[]): string => items.map((item) => `- ${item.replace(/\n(?=.)/g, '\n  ')}`).join('\n')

/** The items of a list written by {@link listOf}. */
export function itemsOf(list: string): string[] {
  const items: string[] = []
  for (const line of list.split('\n')) {
    if (line.startsWith('- ')) items.push(line.slice(2))
    else if (items.length > 0) items[items.length - 1] += `\n${line.replace(/^ {2}/, '')}`
  }
  return items
}

/** A section of a page body: its heading (markdown) and its content (markdown, maybe empty). */
export interface PageSection {
  readonly heading: string
  readonly body: string
}

/** A page body cut at its `####` headings: the text before the first (secondary message and prose), then the sections. */
export function readBody(body: string): { prose: string; sections: PageSection[] } {
  const prose: string[] = []
  const sections: { heading: string; lines: string[] }[] = []
  for (const line of markdownLines(body)) {
    if (line.kind === 'text' && line.text.startsWith('#### ')) sections.push({ heading: line.text.slice(5), lines: [] })
    else (sections.length > 0 ? sections[sections.length - 1]!.lines : prose).push(line.text)
  }
  return { prose: prose.join('\n').trim(), sections: sections.map(({ heading, lines }) => ({ heading, body: lines.join('\n').trim() })) }
}

/**
 * The text of a section heading as the build writes it: plain words with
 * backslash escapes (`Dial-\\>Number`). Reading only escapes keeps the
 * inline-markdown reader out of `getError`'s bundle; the codegen's round trip
 * of every entry fails the build if a heading ever holds more markup.
 */
const headingText = (heading: string): string => heading.replace(/\\([!-/:-@[-`{-~])/g, '$1')

/** What a page body says of an entry's fields, before the exceptions a data row may store. */
export interface PageReading {
  readonly prose: string
  readonly causes: string[]
  readonly solutions: string[]
  readonly sections: { title: string; body: string }[]
}

/** Read the fields of an entry off its page body. */
export function readPage(body: string): PageReading {
  const { prose, sections } = readBody(body)
  const of = (heading: string) => sections.filter((section) => section.heading === heading).flatMap((section) => itemsOf(section.body))
  return {
    prose,
    causes: of(causesHeading),
    solutions: of(solutionsHeading),
    sections: sections
      .filter((section) => section.heading !== causesHeading && section.heading !== solutionsHeading && section.body !== '')
      .map((section) => ({ title: headingText(section.heading), body: section.body })),
  }
}

const pairs = (flat: readonly string[]): DocsSection[] => {
  const sections: DocsSection[] = []
  for (let at = 0; at < flat.length; at += 2) sections.push({ title: flat[at]!, body: flat[at + 1]! })
  return sections
}

/**
 * A quote of the secondary message in a stored page body, which the lite data
 * holds already: `\uE000start,end\uE001` stands for those characters of it, a
 * bare `\uE000` for all of it.
 */
export const secondaryQuote = /\uE000(?:(\d+),(\d+)\uE001)?/g

/** The full entry made of a lite entry and its docs row (the build checks that this gives the catalog's entry). */
export function entryFromRow(lite: LiteEntry, title: string, row: DocsRow): ErrorEntry {
  const [stored = 0, description = 0, causes = 0, solutions = 0, sections = 0] = row
  const { code, name, level, category, message, secondaryMessage, related, retired } = lite
  const body =
    stored === 0
      ? stored
      : stored.replace(secondaryQuote, (_, start?: string, end?: string) =>
          start === undefined ? secondaryMessage! : secondaryMessage!.slice(Number(start), Number(end)),
        )
  const page = readPage(body === 0 ? '' : body)
  return {
    code,
    name,
    level,
    category,
    message,
    secondaryMessage,
    description: typeof description === 'string' ? description : page.prose.slice(description).trim() || null,
    causes: causes === 0 ? page.causes : causes,
    solutions: solutions === 0 ? page.solutions : solutions,
    sections: sections === 0 ? page.sections : pairs(sections),
    related,
    docs: body === 0 ? null : joinPage(level, code, title, body),
    retired,
  } as ErrorEntry
}
