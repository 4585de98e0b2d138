import { isDeepStrictEqual } from 'node:util'
import type { Entry } from './schema.ts'

/** What the diff reads of a catalog JSON: which vendor catalog it is, and its entries. */
export interface DiffInput {
  source: { catalog: string }
  errors: readonly Entry[]
}

/** The kinds of change a catalog update can make to a code that stays. */
const changeKinds = {
  message: { title: 'Message', fields: ['message', 'secondaryMessage'] },
  level: { title: 'Level', fields: ['level'] },
  category: { title: 'Category', fields: ['category'] },
  causes: { title: 'Causes', fields: ['causes'] },
  solutions: { title: 'Solutions', fields: ['solutions'] },
  // The page itself counts only when no change above explains it: it shows the messages, level, causes and solutions too.
  docs: { title: 'Docs', fields: ['description', 'sections', 'related'] },
} as const satisfies Record<string, { title: string; fields: readonly (keyof Entry)[] }>

export type ChangeKind = keyof typeof changeKinds
/** What a release of a catalog update is: data fixes are a patch; codes added or retired, or a level changed, a minor. */
export type Bump = 'none' | 'patch' | 'minor'

export interface CatalogDiff {
  from: string
  to: string
  added: Entry[]
  retired: Entry[]
  changed: Record<ChangeKind, { before: Entry; after: Entry }[]>
  bump: Bump
}

/** Compare two catalog JSONs code by code. */
export function diffCatalogs(before: DiffInput, after: DiffInput): CatalogDiff {
  const old = new Map(before.errors.map((entry) => [entry.code, entry]))
  const live = (entry: Entry | undefined) => entry !== undefined && !entry.retired
  const added = after.errors.filter((entry) => live(entry) && !live(old.get(entry.code)))
  const retired = after.errors.filter((entry) => entry.retired && live(old.get(entry.code)))
  const changed = Object.fromEntries(Object.keys(changeKinds).map((kind) => [kind, []])) as unknown as CatalogDiff['changed']
  for (const entry of after.errors) {
    const previous = old.get(entry.code)
    if (!previous || !live(entry) || !live(previous)) continue
    const kinds = (Object.keys(changeKinds) as ChangeKind[]).filter((kind) =>
      changeKinds[kind].fields.some((field) => !isDeepStrictEqual(previous[field], entry[field])),
    )
    if (kinds.length === 0 && previous.docs !== entry.docs) kinds.push('docs')
    for (const kind of kinds) changed[kind].push({ before: previous, after: entry })
  }
  const anyChange = Object.values(changed).some((list) => list.length > 0)
  const bump: Bump = added.length > 0 || retired.length > 0 || changed.level.length > 0 ? 'minor' : anyChange ? 'patch' : 'none'
  return { from: before.source.catalog, to: after.source.catalog, added, retired, changed, bump }
}

const codeAndName = (entry: Entry) => `\`${entry.code}\` \`${entry.name}\``
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
/** One line of text for a list item: markdown kept, lines joined. */
const oneLine = (text: string | null) => (text === null ? '(none)' : `“${text.replace(/\s+/g, ' ')}”`)

const describeChange: Record<ChangeKind, (before: Entry, after: Entry) => string> = {
  message: (before, after) =>
    [
      before.message !== after.message && `${oneLine(before.message)} → ${oneLine(after.message)}`,
      before.secondaryMessage !== after.secondaryMessage && `secondary ${oneLine(before.secondaryMessage)} → ${oneLine(after.secondaryMessage)}`,
    ]
      .filter(Boolean)
      .join('; '),
  level: (before, after) => `${before.level} → ${after.level}`,
  category: (before, after) => `\`${before.category}\` → \`${after.category}\``,
  causes: (before, after) => `${plural(before.causes.length, 'cause')} → ${after.causes.length}`,
  solutions: (before, after) => `${plural(before.solutions.length, 'solution')} → ${after.solutions.length}`,
  docs: (before, after) => {
    const fields = changeKinds.docs.fields.filter((field) => !isDeepStrictEqual(before[field], after[field]))
    return `${fields.length > 0 ? fields.join(', ') : 'page text'} changed`
  },
}

/** The diff as a changelog fragment in Markdown, headed by the release it implies. */
export function formatDiff(diff: CatalogDiff): string {
  const lines = [`### Catalog: ${diff.from} → ${diff.to}`, '']
  const bumpReason = {
    none: 'No code changed: no release needed for the data.',
    patch: 'Implies a **patch** release: data fixes only, no code added or retired, no level changed.',
    minor: 'Implies a **minor** release: codes added or retired, or a level changed.',
  }[diff.bump]
  const changes = (Object.keys(changeKinds) as ChangeKind[])
    .filter((kind) => diff.changed[kind].length > 0)
    .map((kind) => `${kind} ${diff.changed[kind].length}`)
  const changedCodes = new Set(Object.values(diff.changed).flatMap((list) => list.map(({ after }) => after.code))).size
  lines.push(
    bumpReason,
    '',
    `${diff.added.length} added, ${diff.retired.length} retired, ${plural(changedCodes, 'code')} changed${changes.length ? ` (${changes.join(', ')})` : ''}.`,
    '',
  )
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return
    lines.push(`#### ${title} (${items.length})`, '', ...items.map((item) => `- ${item}`), '')
  }
  section(
    'Added',
    diff.added.map((entry) => `${codeAndName(entry)}: ${entry.message} (${entry.level}, \`${entry.category}\`)`),
  )
  section(
    'Retired',
    diff.retired.map((entry) => `${codeAndName(entry)}: ${entry.message}; \`getError\` keeps its last entry, with \`retired: true\``),
  )
  for (const [kind, { title }] of Object.entries(changeKinds) as [ChangeKind, (typeof changeKinds)[ChangeKind]][]) {
    section(
      `Changed: ${title.toLowerCase()}`,
      diff.changed[kind].map(({ before, after }) => `${codeAndName(after)}: ${describeChange[kind](before, after)}`),
    )
  }
  return `${lines.join('\n').trimEnd()}\n`
}
