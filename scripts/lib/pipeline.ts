import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { VFile } from 'vfile'
import { renderDocs } from '../../src/render.ts'
import { assignCategories } from './categories.ts'
import { assertNoErrors, report } from './diagnostics.ts'
import { buildEntry } from './entry.ts'
import { parseFields, type HeaderFields } from './fields.ts'
import { assignNames } from './names.ts'
import { parseOverrides, type OverrideSource } from './overrides.ts'
import { toCatalogFile } from './read.ts'
import { catalogSchema, generatedNotice, type Catalog, type Category, type DraftEntry, type Entry, type NamesLock } from './schema.ts'
import { splitEntries, type RawEntry } from './split.ts'

/** The curated data kept in `data/` beside the raw catalog. */
export interface Curated {
  taxonomy: Category[]
  lock: NamesLock
  /** Where the lock lives, for messages. */
  lockPath: string
  overrides: OverrideSource[]
}

export interface CatalogResult {
  catalog: Catalog
  /** The names lock with every code of this catalog: locked names kept, new codes added. */
  lock: NamesLock
  /** The catalog and override files, holding every warning and info message. */
  files: VFile[]
}

/**
 * The whole catalog step over plain data: read → split → parse header fields
 * → extract from the docs markdown → apply overrides → categorise → name →
 * render docs → validate. Throws a `CatalogError` after the first step that
 * finds errors; never touches the file system.
 */
export function buildCatalog(text: string, path: string, curated: Curated): CatalogResult {
  const file = toCatalogFile(text, path)
  const raws = splitEntries(file)
  assertNoErrors(file)

  const parsed = raws.map((raw) => ({ raw, header: parseFields(file, raw) })).filter((item): item is { raw: RawEntry; header: HeaderFields } => item.header !== undefined)
  assertNoErrors(file)

  const { overrides, files: overrideFiles } = parseOverrides(curated.overrides, new Set(raws.map((raw) => raw.code)))
  const files = [file, ...overrideFiles]
  assertNoErrors(...files)
  const overrideOf = new Map(overrides.map((override) => [override.code, override]))

  const drafts = parsed.map(({ raw, header }): DraftEntry => {
    const override = overrideOf.get(raw.code)
    // The raw docs are read even when an override replaces them: their problems stay in the report.
    let draft = buildEntry(file, raw, header)
    if (!override) return draft
    if (override.docs) draft = buildEntry(file, raw, header, { ...override.docs, file: override.file })
    // The category applies after the categorising step, below; the other fields here.
    const { category, ...fields } = override.fields
    const changed = [...Object.keys(override.fields), ...(override.docs ? ['docs'] : [])].join(', ')
    report(override.file, 'info', `Override of \`${raw.code}\` (${changed}): ${override.reason}`, { line: 1, column: 1 }, 'override', 'override')
    return {
      ...draft,
      ...fields,
      // A secondary message set by hand is its own markdown on the docs page.
      ...(fields.secondaryMessage !== undefined ? { docsSecondary: fields.secondaryMessage } : {}),
    }
  })

  const places = new Map(raws.map((raw) => [raw.code, { line: raw.line, column: raw.column }]))
  for (const draft of drafts) {
    for (const code of draft.related.filter((related) => !places.has(related))) {
      report(file, 'warning', `Unexpected cross-reference from \`${draft.code}\` to \`${code}\`, which is not in the catalog`, places.get(draft.code)!, 'dangling-cross-reference', 'entry')
    }
  }
  const located = drafts.map((draft) => ({ code: draft.code, message: draft.message, place: places.get(draft.code)! }))
  const categories = assignCategories(file, located, curated.taxonomy)
  const { names, lock } = assignNames(file, located, curated.lock, curated.lockPath)
  assertNoErrors(file)

  const errors = drafts
    .map(({ docsSecondary, hasDocs, ...draft }): Entry => {
      const category = overrideOf.get(draft.code)?.fields.category ?? categories.get(draft.code)!
      const docs = hasDocs ? renderDocs({ ...draft, secondary: docsSecondary }) : null
      return {
        code: draft.code,
        name: names.get(draft.code)!,
        level: draft.level,
        category,
        message: draft.message,
        secondaryMessage: draft.secondaryMessage,
        description: draft.description,
        causes: draft.causes,
        solutions: draft.solutions,
        sections: draft.sections,
        related: draft.related,
        docs,
      }
    })
    .sort((a, b) => a.code - b.code)

  const catalog: Catalog = {
    $comment: generatedNotice,
    source: { file: basename(path), sha256: createHash('sha256').update(text).digest('hex'), entries: errors.length },
    errors,
  }
  const result = catalogSchema.safeParse(catalog)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [, index, field] = issue.path
      const entry = typeof index === 'number' ? errors[index] : undefined
      const where = entry ? `\`${entry.code}\`${field === undefined ? '' : ` field \`${String(field)}\``}` : `\`${issue.path.join('.')}\``
      report(file, 'error', `Unexpected ${where}: ${issue.message}`, entry ? places.get(entry.code)! : { line: 1, column: 1 }, 'schema', 'schema')
    }
    assertNoErrors(file)
  }
  return { catalog, lock, files }
}
