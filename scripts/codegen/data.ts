import { encodeDeltas } from '../../src/decode.ts'
import { nameByRule } from '../../src/names.ts'
import { renderDocs } from '../../src/render.ts'
import type { Entry } from '../lib/schema.ts'
import { header, literal, type CodegenInput, type GeneratedFile } from './source.ts'

/**
 * The data modules. Each fact is stored once: names live in `ErrorCode` and are
 * derived again by the naming rule (only exceptions are stored), levels in the
 * warning list, categories in the taxonomy's ranges, and docs pages are
 * rendered from the parts.
 */
export function dataModules(input: CodegenInput): GeneratedFile[] {
  const { errors } = input.catalog
  const file = (path: string, body: string): GeneratedFile => ({ path, text: `${header(input)}\n${body}` })
  const slugs = input.taxonomy.map((category) => category.slug)

  return [
    file('code-list.ts', `/** Every code, ascending, as base-36 differences (see \`decodeDeltas\`). */\nexport const codeDeltas = ${literal(encodeDeltas(errors.map((entry) => entry.code)))}\n`),
    file(
      'warnings.ts',
      `/** The warning-level codes, ascending, as base-36 differences (see \`decodeDeltas\`). */\nexport const warningDeltas = ${literal(encodeDeltas(errors.filter((entry) => entry.level === 'warning').map((entry) => entry.code)))}\n`,
    ),
    file('names.ts', namesBody(errors)),
    file('lite.ts', liteBody(errors)),
    file('categories.ts', categoriesBody(input)),
    file('source.ts', `/** Where the data comes from: the raw catalog's file name, SHA-256 and entry count. */\nexport const source = /* @__PURE__ */ Object.freeze(${literal(input.catalog.source)} as const)\n`),
    ...slugs.map((slug) => file(`docs/${slug}.ts`, docsBody(errors.filter((entry) => entry.category === slug)))),
    file(
      'docs/all.ts',
      `${slugs.map((slug, index) => `import { rows as c${index} } from './${slug}.ts'`).join('\n')}\n\n/** The docs rows of every category, for the entry point that ships everything. */\nexport const docsRows = {\n${slugs.map((slug, index) => `  ${literal(slug)}: c${index},`).join('\n')}\n}\n`,
    ),
    file(
      'docs/load.ts',
      `import type { DocsRow } from '../../rows.ts'\n\n/** Loaders of the docs rows of each category: one chunk per category, fetched on demand. */\nexport const loadRows: Record<string, () => Promise<readonly DocsRow[]>> = {\n${slugs.map((slug) => `  ${literal(slug)}: () => import('./${slug}.ts').then((chunk) => chunk.rows),`).join('\n')}\n}\n`,
    ),
  ]
}

function namesBody(errors: readonly Entry[]): string {
  const derived = nameByRule(
    errors.map((entry) => entry.message),
    errors.map((entry) => entry.code),
  )
  const exceptions = Object.fromEntries(errors.flatMap((entry, index) => (derived[index] === entry.name ? [] : [[entry.code, entry.name]])))
  return `/** Names the naming rule does not give (locked before a message changed): code → name. */\nexport const nameExceptions: Readonly<Record<number, string>> = ${literal(exceptions)}\n`
}

/** Lite rows, in code order: `[message, secondaryMessage or 0, ...related codes]`. */
function liteBody(errors: readonly Entry[]): string {
  const rows = errors.map((entry) => literal([entry.message, entry.secondaryMessage ?? 0, ...entry.related]))
  return `import type { LiteRow } from '../rows.ts'\n\n/** Message, secondary message and related codes of every code, in code order. */\nexport const liteRows: readonly LiteRow[] = [\n${rows.join(',\n')},\n]\n`
}

function categoriesBody({ catalog, taxonomy }: CodegenInput): string {
  const counts = new Map<string, number>()
  for (const entry of catalog.errors) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1)
  const inRange = (code: number) => taxonomy.find((category) => category.ranges.some(([from, to]) => from <= code && code <= to))?.slug
  const exceptions = Object.fromEntries(catalog.errors.flatMap((entry) => (inRange(entry.code) === entry.category ? [] : [[entry.code, entry.category]])))
  const categories = taxonomy.map((category) => ({ ...category, count: counts.get(category.slug) ?? 0 }))
  return `import { deepFreeze } from '../decode.ts'
import type { CategoryInfo } from '../types.ts'

/** The category taxonomy: slug, title, one-line description, code ranges and number of codes. */
export const categories: readonly CategoryInfo[] = /* @__PURE__ */ deepFreeze(${JSON.stringify(categories, null, 2)})

/** Codes whose category is not the one their range gives (set by an override): code → slug. */
export const categoryExceptions: Readonly<Record<number, string>> = ${literal(exceptions)}
`
}

/**
 * Docs rows of one category, in code order:
 * `[description or 0, causes, solutions, sections as [title, body, …] or 0, docs secondary or 0, 1 when no docs]`,
 * trailing empty fields left out. The docs secondary is the secondary message
 * as markdown on the docs page, stored only where it differs from the message.
 */
function docsBody(entries: readonly Entry[]): string {
  const rows = entries.map((entry) => {
    const secondary = docsSecondary(entry)
    const row: unknown[] = [
      entry.description ?? 0,
      entry.causes.length ? entry.causes : 0,
      entry.solutions.length ? entry.solutions : 0,
      entry.sections.length ? entry.sections.flatMap((section) => [section.title, section.body]) : 0,
      secondary === entry.secondaryMessage ? 0 : secondary,
      entry.docs === null ? 1 : 0,
    ]
    while (row.length > 0 && row[row.length - 1] === 0) row.pop()
    return literal(row)
  })
  return `import type { DocsRow } from '../../rows.ts'\n\n/** Description, causes, solutions, sections and docs secondary message of each code of this category, in code order. */\nexport const rows: readonly DocsRow[] = [\n${rows.join(',\n')},\n]\n`
}

/**
 * The secondary message as the docs page shows it, read back from the page and
 * checked: rendering the parts with it must give the page again.
 */
function docsSecondary(entry: Entry): string | null {
  if (entry.docs === null || entry.secondaryMessage === null) return entry.secondaryMessage
  const parts = { ...entry, secondary: null }
  // A page is title + "\n\n" + secondary + tail, where the page without the secondary is title + tail.
  const title = renderDocs({ ...parts, description: null, causes: [], solutions: [], sections: [] }).slice(0, -1)
  const tail = renderDocs(parts).slice(title.length)
  const secondary = entry.docs.slice(title.length + 2, entry.docs.length - tail.length)
  if (renderDocs({ ...parts, secondary }) !== entry.docs) throw new Error(`${entry.code}: the docs page is not the render of its parts`)
  return secondary
}
