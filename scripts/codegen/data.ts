import { isDeepStrictEqual } from 'node:util'
import { gzipSync } from 'node:zlib'
import { encodeDeltas } from '../../src/format/deltas.ts'
import { nameFormCount, nameOfForm } from '../../src/format/naming-rule.ts'
import { entryFromRow, escapeMarkdown, readPage, splitPage } from '../../src/format/page.ts'
import type { DocsRow } from '../../src/format/rows.ts'
import type { LiteEntry } from '../../src/types.ts'
import type { Entry } from '../lib/schema.ts'
import { type CodegenInput, type GeneratedFile, header, literal } from './module-text.ts'

/**
 * The data modules. Each fact is stored once: names live in `ErrorCode` and are
 * derived again by the naming rule (only each name's form and the exceptions are stored), levels in the
 * warning list, categories in the taxonomy's ranges, and each docs page once,
 * with the fields read off it (see `DocsRow`).
 */
export function dataModules(input: CodegenInput): GeneratedFile[] {
  const { errors } = input.catalog
  const file = (path: string, body: string): GeneratedFile => ({ path, text: `${header(input)}\n${body}` })
  const slugs = input.taxonomy.map((category) => category.slug)
  const docsRows = new Map(slugs.map((slug) => [slug, docsJson(errors.filter((entry) => entry.category === slug))]))
  const chunks = packChunks(slugs, (slug) => docsRows.get(slug)!)

  return [
    file(
      'code-list.ts',
      `/** Every code, ascending, as decimal differences (see \`decodeDeltas\`). */\nexport const codeDeltas = ${literal(encodeDeltas(errors.map((entry) => entry.code)))}\n`,
    ),
    file(
      'warnings.ts',
      `/** The warning-level codes, ascending, as decimal differences (see \`decodeDeltas\`). */\nexport const warningDeltas = ${literal(encodeDeltas(errors.filter((entry) => entry.level === 'warning').map((entry) => entry.code)))}\n`,
    ),
    file('names.ts', namesBody(input)),
    file('lite.ts', liteBody(errors)),
    file('categories.ts', categoriesBody(input)),
    file(
      'source.ts',
      `/** Where the data comes from: the vendor catalog and the day it was taken, the raw file's name and SHA-256, the entry count. */\nexport const source = /* @__PURE__ */ Object.freeze(${literal(input.catalog.source)} as const)\n`,
    ),
    file(
      'retired.ts',
      `/** The codes SignalWire dropped from its catalog, ascending: their entries are the last it published. */\nexport const retiredCodes: readonly number[] = ${literal(errors.filter((entry) => entry.retired).map((entry) => entry.code))}\n`,
    ),
    ...chunks.map((chunk, index) =>
      file(
        `docs/chunk-${index + 1}.ts`,
        `/** Docs rows (JSON of \`DocsRow[]\`, see \`src/format/rows.ts\`) of ${chunk.map((slug) => `\`${slug}\``).join(', ')}. */\nexport const rows: Record<string, string> = {\n${chunk.map((slug) => `  ${literal(slug)}: ${docsRows.get(slug)!},`).join('\n')}\n}\n`,
      ),
    ),
    file(
      'docs/all.ts',
      `${chunks.map((_, index) => `import { rows as chunk${index + 1} } from './chunk-${index + 1}.ts'`).join('\n')}\n\n/** The docs rows of every category, for the entry point that ships everything. */\nexport const docsRows: Record<string, string> = /* @__PURE__ */ Object.assign({}, ${chunks.map((_, index) => `chunk${index + 1}`).join(', ')})\n`,
    ),
    file(
      'docs/load.ts',
      `/** Loaders of the docs rows of each category: a few chunks, each fetched on demand. */\nexport const loadRows: Record<string, () => Promise<string>> = {\n${chunks.flatMap((chunk, index) => chunk.map((slug) => `  ${literal(slug)}: () => import('./chunk-${index + 1}.ts').then((module) => module.rows[${literal(slug)}]!),`)).join('\n')}\n}\n`,
    ),
  ]
}

/** Gzipped size a docs chunk may reach: opening a code may cost 16 KB, and the chunk's module wrapper adds a little. */
const chunkBudget = 12_000

/**
 * Cut the categories, in taxonomy order, into as few docs chunks as the
 * budget allows: fewer files make a faster import of the main entry point,
 * smaller ones a cheaper \`loadDocs\`.
 */
function packChunks(slugs: readonly string[], rowsOf: (slug: string) => string): string[][] {
  const chunks: string[][] = []
  let current: string[] = []
  for (const slug of slugs) {
    const candidate = [...current, slug]
    if (current.length > 0 && gzipSync(candidate.map(rowsOf).join(','), { level: 9 }).length > chunkBudget) {
      chunks.push(current)
      current = [slug]
    } else current = candidate
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/**
 * How each name follows from its entry's texts: the first form of the naming
 * rule that gives it (one base-36 digit per code, `0` for the message's own
 * name), so that the runtime derives names instead of shipping them twice;
 * names no form gives (curated, or locked before a text changed) are stored.
 */
function namesBody({ catalog, taxonomy }: CodegenInput): string {
  const prefixOf = new Map(taxonomy.map((category) => [category.slug, category.namePrefix ?? '']))
  const forms: string[] = []
  const exceptions: Record<number, string> = {}
  for (const entry of catalog.errors) {
    const texts = {
      code: entry.code,
      message: entry.message,
      title: docsTitle(entry) ?? escapeMarkdown(entry.message),
      secondaryMessage: entry.secondaryMessage,
      prefix: prefixOf.get(entry.category)!,
    }
    const form = Array.from({ length: nameFormCount }, (_, index) => index).find((index) => nameOfForm(index, texts) === entry.name)
    forms.push(form === undefined ? '0' : form.toString(36))
    if (form === undefined) exceptions[entry.code] = entry.name
  }
  return [
    `/** The form of each code's name, in code order: one base-36 digit each (see \`nameOfForm\`). */`,
    `export const nameForms = ${literal(forms.join(''))}`,
    '',
    '/** The name prefix of each category, in taxonomy order (see CONTRIBUTING.md, "Names"). */',
    `export const namePrefixes: readonly string[] = ${literal(taxonomy.map((category) => category.namePrefix ?? ''))}`,
    '',
    '/** Names no form gives (curated, or locked before a text changed): code → name. */',
    `export const nameExceptions: Readonly<Record<number, string>> = ${literal(exceptions)}`,
    '',
  ].join('\n')
}

/**
 * A JS string literal holding JSON: V8 only scans a string at import, so the
 * rows are parsed on first lookup, not on import (see \`src/format/rows.ts\`).
 */
const jsonString = (rows: readonly unknown[]): string =>
  `'${JSON.stringify(rows)
    .replace(/[\\']/g, '\\$&')
    .replace(/\u2028|\u2029/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}'`

/** Lite rows, in code order: `[message, secondaryMessage or 0, docs title or 0, ...related codes]`. */
/** Rows per block of lite rows: a lookup parses one block, not all 1,049 rows (a command-line lookup feels that). */
const liteBlockSize = 64

function liteBody(errors: readonly Entry[]): string {
  const rows = errors.map((entry) => [entry.message, entry.secondaryMessage ?? 0, docsTitle(entry) ?? 0, ...entry.related])
  const blocks = Array.from({ length: Math.ceil(rows.length / liteBlockSize) }, (_, block) =>
    jsonString(rows.slice(block * liteBlockSize, (block + 1) * liteBlockSize)),
  )
  return `/** Rows per block of \`liteRowBlocks\`. */
export const liteBlockSize = ${liteBlockSize}

/** Message, secondary message, docs title and related codes of every code, in code order, as JSON of \`LiteRow[]\` in blocks of \`liteBlockSize\` rows. */
export const liteRowBlocks: readonly string[] = [
${blocks.map((block) => `  ${block},`).join('\n')}
]
`
}

function categoriesBody({ catalog, taxonomy }: CodegenInput): string {
  const counts = new Map<string, number>()
  for (const entry of catalog.errors) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1)
  // The name prefix is the naming rule's (see `namesBody`), not part of a category's public information.
  const categories = taxonomy.map(({ namePrefix, ...category }) => ({ ...category, count: counts.get(category.slug) ?? 0 }))
  const position = new Map(taxonomy.map((category, index) => [category.slug, index]))
  if (taxonomy.length > 36) throw new Error('more than 36 categories: one base-36 digit per code no longer holds a category')
  const categoryDigits = catalog.errors.map((entry) => position.get(entry.category)!.toString(36)).join('')
  return `import { deepFreeze } from '../freeze.ts'
import type { Category, CategoryInfo } from '../types.ts'

/** The category taxonomy: slug, title, one-line description, code ranges and number of codes. */
export const categories: readonly CategoryInfo[] = /* @__PURE__ */ deepFreeze(${JSON.stringify(categories, null, 2)})

/** The slug of each category, in taxonomy order: what a lookup needs, apart from the rest of \`categories\`. */
export const categorySlugs: readonly Category[] = ${literal(taxonomy.map((category) => category.slug))}

/** The category of every code, in code order: one base-36 digit each, its position in \`categories\`. */
export const categoryDigits = ${literal(categoryDigits)}
`
}

/**
 * Docs rows of one category as a JS string of JSON, in code order (see
 * `DocsRow`): each page once, and apart from it only what cannot be read off
 * it. Every row is checked: the runtime must make the catalog's entry of it.
 */
function docsJson(entries: readonly Entry[]): string {
  const rows = entries.map((entry) => {
    const row = docsRow(entry)
    // A catalog entry holds every field of a lite entry, and the JSON's `retiredSince` besides.
    const { retiredSince, ...runtimeFields } = entry
    const made = entryFromRow(entry as unknown as LiteEntry, docsTitle(entry) ?? escapeMarkdown(entry.message), row)
    if (!isDeepStrictEqual(made, runtimeFields)) throw new Error(`${entry.code}: the docs row does not give the entry back`)
    return row
  })
  return jsonString(rows)
}

/** The title of an entry's docs page where it is not the escaped message (see `LiteRow`). */
function docsTitle(entry: Entry): string | undefined {
  const title = entry.docs === null ? undefined : splitPage(entry.docs).title
  return title === escapeMarkdown(entry.message) ? undefined : title
}

/** The row of an entry: its page body, and the title and fields only where the page does not give them. */
function docsRow(entry: Entry): DocsRow {
  let body: string | 0 = entry.docs === null ? 0 : splitPage(entry.docs).body
  const page = readPage(body === 0 ? '' : body)
  // Where the page quotes the secondary message, the quote is stored once, in the lite data.
  if (body !== 0 && entry.secondaryMessage !== null) body = withQuotes(body, entry.secondaryMessage)
  const offset = entry.description === null ? page.prose.length : page.prose.length - entry.description.length
  const description = page.prose.slice(offset).trim() === (entry.description ?? '') ? offset : entry.description!
  const sections = entry.sections.flatMap((section) => [section.title, section.body])
  const row: unknown[] = [
    body,
    description,
    isDeepStrictEqual(page.causes, entry.causes) ? 0 : entry.causes,
    isDeepStrictEqual(page.solutions, entry.solutions) ? 0 : entry.solutions,
    isDeepStrictEqual(page.sections, entry.sections) ? 0 : sections,
  ]
  while (row.length > 0 && row[row.length - 1] === 0) row.pop()
  return row as unknown as DocsRow
}

/** A quote shorter than this costs more as a reference than as text. */
const shortestQuote = 24

/**
 * Replace the runs of the secondary message that a page body quotes, longest
 * first, by references to them (see `secondaryQuote`).
 */
function withQuotes(body: string, source: string): string {
  if (/[\uE000\uE001]/.test(body)) throw new Error('a page body holds the characters of a secondary quote')
  let quoted = body
  for (;;) {
    let best = { start: 0, end: 0 }
    for (let start = 0; start + shortestQuote <= source.length; start++) {
      if (!quoted.includes(source.slice(start, start + shortestQuote))) continue
      // The longest run from `start` that the body holds, by binary search on its end.
      let [low, high] = [start + shortestQuote, source.length]
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (quoted.includes(source.slice(start, middle))) low = middle
        else high = middle - 1
      }
      if (low - start > best.end - best.start) best = { start, end: low }
    }
    if (best.end - best.start < shortestQuote) return quoted
    const quote = best.end - best.start === source.length ? '\uE000' : `\uE000${best.start},${best.end}\uE001`
    quoted = quoted.replace(source.slice(best.start, best.end), () => quote)
  }
}
