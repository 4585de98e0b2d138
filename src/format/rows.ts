/**
 * The shapes of the generated data rows (see `scripts/codegen/data.ts`).
 * Arrays, not objects: they are the smallest literals that gzip well.
 */

/**
 * `[message, secondaryMessage or 0, docs title or 0, ...related codes]`. The
 * title of the docs page (0: the escaped message) is kept here, beside the
 * message it mostly resembles, where it compresses best.
 */
export type LiteRow = readonly [message: string, secondary: string | 0, title: string | 0, ...related: number[]]

/**
 * `[page body or 0, description, causes or 0, solutions or 0, sections as [title, body, …] or 0]`,
 * trailing zeros left out. The page body is the docs page after its title
 * (0: no docs), where it quotes the secondary message it holds a
 * `secondaryQuote` instead. Causes, solutions and
 * sections given as 0 are read off the page; the description is the page's
 * prose from a character offset on, or the string given.
 */
export type DocsRow = readonly [
  body?: string | 0,
  description?: string | number,
  causes?: readonly string[] | 0,
  solutions?: readonly string[] | 0,
  sections?: readonly string[] | 0,
]
