/**
 * Renders an entry's docs markdown from its parts. The build uses it to write
 * `docs`, and the runtime can rebuild the same string, so each fact is stored
 * once. Dependency-free and side-effect-free.
 */

/** What a docs page is made of. All strings except `message` and titles are markdown. */
export interface DocsParts {
  readonly code: number
  readonly level: 'error' | 'warning'
  readonly message: string
  /** The secondary message as markdown, or null. */
  readonly secondary: string | null
  readonly description: string | null
  readonly causes: readonly string[]
  readonly solutions: readonly string[]
  readonly sections: readonly { readonly title: string; readonly body: string }[]
}

/** Headings of the causes and solutions sections in every docs page. */
export const causesHeading = 'Possible causes'
export const solutionsHeading = 'Possible solutions'

/** Escape text so that markdown shows it literally (any ASCII punctuation may be backslash-escaped). */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>#!&|~]/g, '\\$&')

const listItem = (markdown: string): string => `- ${markdown.replace(/\n(?=.)/g, '\n  ')}`
const list = (items: readonly string[]): string => items.map(listItem).join('\n')

/**
 * The docs page: a level-and-code heading, the message, the secondary message,
 * the description, causes and solutions as lists under fixed headings, then any
 * further sections.
 */
export function renderDocs(parts: DocsParts): string {
  const blocks = [`## ${parts.level === 'error' ? 'Error' : 'Warning'} ${parts.code}`, `### ${escapeMarkdown(parts.message)}`]
  if (parts.secondary) blocks.push(parts.secondary)
  if (parts.description) blocks.push(parts.description)
  if (parts.causes.length > 0) blocks.push(`#### ${causesHeading}`, list(parts.causes))
  if (parts.solutions.length > 0) blocks.push(`#### ${solutionsHeading}`, list(parts.solutions))
  for (const section of parts.sections) blocks.push(`#### ${escapeMarkdown(section.title)}`, section.body)
  return `${blocks.join('\n\n')}\n`
}
