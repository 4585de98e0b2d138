/**
 * The shapes of the generated data rows (see `scripts/codegen/data.ts`).
 * Arrays, not objects: they are the smallest literals that gzip well.
 */

/** `[message, secondaryMessage or 0, ...related codes]` */
export type LiteRow = readonly [message: string, secondary: string | 0, ...related: number[]]

/**
 * `[description or 0, causes or 0, solutions or 0, sections as [title, body, …] or 0,
 * docs secondary or 0, 1 when the code has no docs]`, trailing empty fields left out.
 */
export type DocsRow = readonly [
  description?: string | 0,
  causes?: readonly string[] | 0,
  solutions?: readonly string[] | 0,
  sections?: readonly string[] | 0,
  docsSecondary?: string | 0,
  noDocs?: 1,
]

