import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { VFile } from 'vfile'
import { escapeMarkdown, joinPage } from '../../src/format/page.ts'
import { assignCategories } from './categories.ts'
import { assertNoErrors, report, reportIssues } from './diagnostics.ts'
import { buildEntry } from './entry.ts'
import { type HeaderFields, parseFields } from './fields.ts'
import { assignNames, namePrefixes } from './names.ts'
import { type OverrideSource, type ParsedOverride, parseOverrides } from './overrides.ts'
import { cleanInline } from './plain-text.ts'
import { toCatalogFile } from './read.ts'
import { retireCodes, retiredEntries } from './retire.ts'
import {
  type Catalog,
  type CategoryDefinition,
  type CuratedNames,
  catalogSchema,
  type DraftEntry,
  type Entry,
  generatedNotice,
  type LiveEntry,
  type NamesLock,
  type RetiredRecords,
  type Vendor,
  vendorLabel,
} from './schema.ts'
import { type RawEntry, splitEntries } from './split.ts'

/** The curated data kept in `data/` beside the raw catalog. */
export interface Curated {
  taxonomy: CategoryDefinition[]
  lock: NamesLock
  /** Where the lock lives, for messages. */
  lockPath: string
  names: CuratedNames
  overrides: OverrideSource[]
  /** Which vendor catalog the raw file is. */
  vendor: Vendor
  /** The codes SignalWire dropped, with their last known entries. */
  retired: RetiredRecords
}

/** A catalog update: codes SignalWire dropped that it accepts, and the catalog it replaces (for their last entries). */
export interface Update {
  retire: readonly number[]
  /** The entries of the catalog JSON this build replaces. */
  previous: readonly LiveEntry[]
}

export interface CatalogResult {
  catalog: Catalog
  /** The names lock with every code of this catalog: locked names kept, new codes added. */
  lock: NamesLock
  /** The retired codes after this build, to be kept with the curated data. */
  retired: RetiredRecords
  /** The catalog and override files, holding every warning and info message. */
  files: VFile[]
}

/**
 * The whole catalog step over plain data: read → split → parse header fields
 * → extract from the docs markdown → apply overrides → retire → categorise →
 * name → render docs → validate. Throws a `CatalogError` after the first step
 * that finds errors; never touches the file system.
 */
export function buildCatalog(text: string, path: string, curated: Curated, update: Update = { retire: [], previous: [] }): CatalogResult {
  const file = toCatalogFile(text, path)
  const raws = splitEntries(file)
  assertNoErrors(file)

  const parsed = raws
    .map((raw) => ({ raw, header: parseFields(file, raw) }))
    .filter((item): item is { raw: RawEntry; header: HeaderFields } => item.header !== undefined)
  assertNoErrors(file)

  const { overrides, files: overrideFiles } = parseOverrides(curated.overrides, new Set(raws.map((raw) => raw.code)))
  const files = [file, ...overrideFiles]
  assertNoErrors(...files)
  const overrideOf = new Map(overrides.map((override) => [override.code, override]))

  const drafts = parsed.map(({ raw, header }): DraftEntry => {
    const override = overrideOf.get(raw.code)
    // The raw docs are read even when an override replaces them: their problems stay in the report.
    const draft = buildEntry(file, raw, header)
    if (!override) return draft
    checkCuration(override, header, curated.taxonomy)
    const { category, secondaryMessage, offPage, ...fields } = override.fields
    const changed = [...Object.keys(override.fields), ...(override.docs ? ['docs'] : [])].join(', ')
    report(override.file, `Override of \`${raw.code}\` (${changed}): ${override.reason}`, {
      severity: 'info',
      place: { line: 1, column: 1 },
      ruleId: 'override',
      source: 'override',
    })
    // A curated secondary message or docs body is read by the same rules, so that the page follows them.
    const reread =
      override.docs || secondaryMessage !== undefined || offPage
        ? buildEntry(file, raw, withSecondary(header, secondaryMessage), override.docs ? { ...override.docs, file: override.file } : undefined, {
            offPage: offPage ?? [],
            file: override.file,
          })
        : draft
    return { ...reread, ...fields }
  })
  assertNoErrors(...files)

  const places = new Map(raws.map((raw) => [raw.code, { line: raw.line, column: raw.column }]))
  const retired = retireCodes(file, new Set(places.keys()), curated.retired, { ...update, since: vendorLabel(curated.vendor) })
  assertNoErrors(file)
  const known = (code: number) => places.has(code) || retired[code] !== undefined
  for (const draft of drafts) {
    for (const code of draft.related.filter((related) => !known(related))) {
      report(file, `Unexpected cross-reference from \`${draft.code}\` to \`${code}\`, which is not in the catalog`, {
        severity: 'warning',
        place: places.get(draft.code)!,
        ruleId: 'dangling-cross-reference',
        source: 'entry',
      })
    }
  }
  const located = drafts.map((draft) => ({ code: draft.code, message: draft.message, place: places.get(draft.code)! }))
  const categories = assignCategories(file, located, curated.taxonomy)
  const nameable = drafts.map((draft, index) => ({
    ...located[index]!,
    title: draft.page?.title ?? null,
    secondaryMessage: draft.secondaryMessage,
    category: overrideOf.get(draft.code)?.fields.category ?? categories.get(draft.code)!,
  }))
  const prefixes = namePrefixes(curated.taxonomy)
  const { names, lock } = assignNames(file, nameable, { ...curated, prefixes }, new Set(Object.keys(retired).map(Number)))
  assertNoErrors(file)

  const live = drafts.map(
    ({ page, ...draft }): Entry => ({
      code: draft.code,
      name: names.get(draft.code)!,
      level: draft.level,
      category: overrideOf.get(draft.code)?.fields.category ?? categories.get(draft.code)!,
      message: draft.message,
      secondaryMessage: draft.secondaryMessage,
      description: draft.description,
      causes: draft.causes,
      solutions: draft.solutions,
      sections: draft.sections,
      related: draft.related,
      docs: page ? joinPage(draft.level, draft.code, page.title ?? escapeMarkdown(draft.message), page.body) : null,
      retired: false,
    }),
  )
  const errors = [...live, ...retiredEntries(retired)].sort((a, b) => a.code - b.code)

  const catalog: Catalog = {
    $comment: generatedNotice,
    source: {
      catalog: vendorLabel(curated.vendor),
      taken: curated.vendor.taken,
      file: basename(path),
      sha256: createHash('sha256').update(text).digest('hex'),
      entries: errors.length,
    },
    errors,
  }
  const result = catalogSchema.safeParse(catalog)
  if (!result.success) {
    // An issue of an entry is placed at the entry's code line (a retired entry has none: the file's start).
    const entryAt = (path: readonly PropertyKey[]) => (path[0] === 'errors' && typeof path[1] === 'number' ? errors[path[1]] : undefined)
    reportIssues(file, result.error.issues, {
      placeOf: (path) => places.get(entryAt(path)?.code ?? Number.NaN) ?? { line: 1, column: 1 },
      describe: (path, issue) => {
        const entry = entryAt(path)
        const where = entry ? `\`${entry.code}\`${path[2] === undefined ? '' : ` field \`${String(path[2])}\``}` : `\`${path.map(String).join('.')}\``
        return `Unexpected ${where}: ${issue.message}`
      },
      ruleId: 'schema',
      source: 'schema',
    })
    assertNoErrors(file)
  }
  return { catalog, lock, retired, files }
}

/** The header with a curated secondary message in place of the vendor's (null: none), at the same place. */
function withSecondary(header: HeaderFields, secondaryMessage: string | null | undefined): HeaderFields {
  if (secondaryMessage === undefined) return header
  const { 'Secondary Message': field, ...fields } = header.fields
  return {
    ...header,
    fields: secondaryMessage === null || !field ? fields : { ...fields, 'Secondary Message': { ...field, value: secondaryMessage } },
  }
}

/**
 * The curation policy: `message` and `secondaryMessage` stay what SignalWire
 * sends and logs, so an override may null them or cut what follows the
 * vendor's value, never respell them; a category must be one of the taxonomy.
 */
function checkCuration(override: ParsedOverride, header: HeaderFields, taxonomy: readonly CategoryDefinition[]): void {
  const fail = (key: string, reason: string) =>
    report(override.file, reason, {
      severity: 'error',
      place: { line: override.lineOf(key), column: 1 },
      ruleId: 'invalid-override',
      source: 'override',
    })
  for (const [key, field] of [
    ['message', 'Message'],
    ['secondaryMessage', 'Secondary Message'],
  ] as const) {
    const value = override.fields[key]
    const vendor = header.fields[field]
    if (typeof value === 'string' && !(vendor && cleanInline(vendor.value).startsWith(cleanInline(value)))) {
      fail(
        key,
        `Unexpected \`${key}\` in the override of \`${override.code}\` that is not the vendor's value cut short: a curation may null it or cut what follows it, never respell it`,
      )
    }
  }
  const { category } = override.fields
  if (category !== undefined && !taxonomy.some((known) => known.slug === category)) {
    fail('category', `Unexpected category \`${category}\` in the override of \`${override.code}\`, expected a slug of the taxonomy`)
  }
}
