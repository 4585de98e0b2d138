import type { Point } from 'unist'
import type { VFile } from 'vfile'
import {
  cannotEndWords,
  composeName,
  deriveName,
  isLong,
  lowInformationWords,
  nameWords,
  statusPrefix,
  titleForNaming,
} from '../../src/format/naming-rule.ts'
import { report } from './diagnostics.ts'
import type { CategoryDefinition, CuratedNames, NamesLock } from './schema.ts'
import { statusPhrases } from './status-phrases.ts'

/** What the naming rule reads of an entry: its texts, plain, and its category. */
export interface Nameable {
  code: number
  message: string
  /** The docs page's own title, as plain text; null where the page has none. */
  title: string | null
  secondaryMessage: string | null
  category: string
  place: Point
}

/** The text a name is derived from. */
export type NameSource = 'message' | 'title' | 'secondary'

/** How the rule names a code: `[prefix_]` + the name of one of its texts + `[_suffix]` (see {@link composeName}). */
export interface NameForm {
  source: NameSource
  /** The category's name prefix, with the status for a status family (`API_404`); empty for none. */
  prefix: string
  /** The code, where nothing else tells the code apart; empty for none. */
  suffix: string
}

/** The text of an entry that a source names (a title without its leading own code). */
export function sourceText(entry: Pick<Nameable, 'code' | 'message' | 'title' | 'secondaryMessage'>, source: NameSource): string | null {
  if (source === 'message') return entry.message
  if (source === 'secondary') return entry.secondaryMessage
  return entry.title === null ? null : titleForNaming(entry.title, entry.code)
}

/** Each category's name prefix, by slug (see {@link isTooGeneric}). */
export const namePrefixes = (taxonomy: readonly CategoryDefinition[]): Map<string, string> =>
  new Map(taxonomy.map((category) => [category.slug, category.namePrefix ?? '']))

/** The text with the vendor typos of the curated word list corrected, word for word (a word scoped to codes only in those). */
export function corrected(text: string, words: CuratedNames['words'], code?: number): string {
  return text.replace(/[A-Za-z0-9]+/g, (word) => {
    const fix = words[word.toUpperCase()]
    return fix && (fix.codes === undefined || (code !== undefined && fix.codes.includes(code))) ? fix.word : word
  })
}

/**
 * Words that say only that something went wrong and how, or name a thing
 * every API has (a request, a parameter, a token, a list, a session): a
 * name made of them alone could be any product's.
 */
export const genericWords: ReadonlySet<string> = new Set(
  (
    'ERROR ERRORS FAILURE FAILED INVALID UNKNOWN GENERIC GENERAL INTERNAL UNAVAILABLE UNAUTHORIZED FORBIDDEN DENIED ' +
    'CONFLICT FOUND ALREADY EXISTS MISSING EXCEEDED EXPIRED TOO MANY LARGE LONG BAD MALFORMED UNPROCESSABLE DUPLICATE ' +
    'MISMATCH SPECIFIED REQUIRED EMPTY TIMEOUT SERVER SERVICE INSTANCE RESOURCE DOCUMENT REQUEST REQUESTS PARAMETER ' +
    'PARAMETERS DATA ENTITY ENTRY OPERATION IDENTITY USER CONFIGURATION AUTHENTICATION AUTHORIZATION VALIDATION ' +
    'REGISTRATION PERMISSION ACCESS RATE LIMIT SID TOKEN HEADER SIGNATURE BODY CONNECTION TRANSPORT JSON QUERY LIST MAP ' +
    'ITEM KEY INDEX NAME UNIQUE TTL VALUE TYPE STATUS REVISION CREDENTIAL CREDENTIALS MEDIA SESSION PARTICIPANT CALLBACK'
  ).split(' '),
)

/** Most content words a name too generic can have. */
const genericLength = 4

/**
 * Too generic for one flat namespace: at most four content words (function
 * words such as `IS` or `NOT` aside), each of them generic
 * (`AUTHENTICATION_ERROR`, `DOCUMENT_NOT_FOUND`, `STATUS_IS_INVALID`).
 */
export function isTooGeneric(name: string): boolean {
  const words = name.split('_').filter((word) => !cannotEndWords.has(word))
  return words.length <= genericLength && words.every((word) => genericWords.has(word))
}

/** The status a message is the reason phrase of, given the status its code ends in (20404 "Not Found": 404). */
/** Whether a code ends in an HTTP or SIP error status (x400–x699). */
const isStatusCode = (code: number) => code % 1000 >= 400 && code % 1000 <= 699

function statusOf(code: number, message: string): number | undefined {
  const status = code % 1000
  const words = (text: string) => nameWords(text).join('_')
  const spoken = words(message.replace(new RegExp(`^\\s*${status}\\b`), ''))
  return statusPhrases.get(status)?.some((phrase) => words(phrase) === spoken) ? status : undefined
}

/**
 * Status families: thousands of codes (20xxx, 31xxx) whose x400–x699 codes
 * are mostly HTTP or SIP statuses by their messages. Each code of that range
 * whose message is its status's reason phrase is named alike
 * (`HTTP_404_NOT_FOUND`, `CLIENT_486_BUSY_HERE`); one whose message is not
 * (20423 "Invalid SID") is named as any other, so that no name claims a
 * status the code does not stand for.
 */
function statusFamilies(entries: readonly Nameable[]): Set<number> {
  const byThousand = new Map<number, { codes: number; phrases: number }>()
  for (const { code, message } of entries) {
    if (!isStatusCode(code)) continue
    const thousand = Math.floor(code / 1000)
    const seen = byThousand.get(thousand) ?? { codes: 0, phrases: 0 }
    byThousand.set(thousand, { codes: seen.codes + 1, phrases: seen.phrases + (statusOf(code, message) === undefined ? 0 : 1) })
  }
  return new Set([...byThousand].filter(([, { codes, phrases }]) => phrases * 2 >= codes).map(([thousand]) => thousand))
}

/** How many names of a family, and what share of it (one in this many), must have taken the prefix for the rest to take it. */
const familyQuorum = 2
const familyShare = 6

/** A family of codes: those of one category in one hundred (`54100`–`54199`), siblings a reader expects to be named alike. */
const familyOf = (entry: Nameable): string => `${entry.category} ${Math.floor(entry.code / 100)}`

/** Content words of a name: those that are neither function words nor low-information ones. */
const contentWords = (name: string) => name.split('_').filter((word) => !cannotEndWords.has(word) && !lowInformationWords.has(word))

/**
 * Whether a docs title says what a message says: most of its content words
 * are the message's (21606's title, 32215's "Dial failure - Must specify a
 * region in the SIP Domain"), so that a long message may take its shorter title.
 */
function saysTheSame(title: string, message: string): boolean {
  const said = new Set(nameWords(message))
  const words = contentWords(deriveName(title))
  return words.length > 0 && words.filter((word) => said.has(word)).length * 3 >= words.length * 2
}

type Named = { name: string; form: NameForm }

/**
 * The rule's name of every code, with its form: a status family's pattern;
 * else the message's name (a long message's shorter title where it says the
 * same), the category's prefix before a name too generic, and then before
 * every name of its family (`SYNC_LIST_NOT_FOUND` beside `SYNC_LIST_ITEM_REVISION_MISMATCH`). Codes that would
 * share a name are told apart by their docs titles, then their categories'
 * prefixes, then their secondary messages, and take their code only where
 * none of those tells them apart. Codes whose names are fixed (locked or
 * curated) are not named, but hold their names.
 */
export function ruleNames(
  entries: readonly Nameable[],
  prefixes: ReadonlyMap<string, string>,
  fixed: ReadonlyMap<number, string> = new Map(),
): { names: Map<number, Named>; clashes: Set<number> } {
  const families = statusFamilies(entries)
  const prefixOf = (entry: Nameable) => prefixes.get(entry.category) ?? ''
  const form = (entry: Nameable, source: NameSource, prefix = '', suffix = ''): Named | undefined => {
    const text = sourceText(entry, source)
    return text === null ? undefined : { name: composeName(text, prefix, suffix), form: { source, prefix, suffix } }
  }
  // A code of a status family takes its pattern; any other, its category's prefix before a generic name.
  const prefixed = (entry: Nameable, source: NameSource): Named | undefined => {
    if (families.has(Math.floor(entry.code / 1000)) && statusOf(entry.code, entry.message) !== undefined)
      return form(entry, source, `${prefixOf(entry) || statusPrefix}_${entry.code % 1000}`)
    const bare = form(entry, source)
    return bare && prefixOf(entry) !== '' && isTooGeneric(bare.name) ? form(entry, source, prefixOf(entry)) : bare
  }
  const primary = (entry: Nameable): Named => {
    const title = sourceText(entry, 'title')
    const useTitle = title !== null && isLong(entry.message) && !isLong(title) && saysTheSame(title, entry.message)
    return prefixed(entry, useTitle ? 'title' : 'message')!
  }

  const fresh = entries.filter((entry) => !fixed.has(entry.code))
  const named = new Map(fresh.map((entry) => [entry.code, primary(entry)]))
  const holders = new Map<string, number>()
  for (const name of [...[...named.values()].map(({ name }) => name), ...fixed.values()]) holders.set(name, (holders.get(name) ?? 0) + 1)
  const taken = new Set(holders.keys())
  const fixedNames = new Set(fixed.values())
  let unresolved = fresh.filter((entry) => holders.get(named.get(entry.code)!.name)! > 1)
  const stages: ((entry: Nameable, shared: Named) => Named | undefined)[] = [
    (entry) => prefixed(entry, 'title'),
    (entry, shared) => (shared.form.prefix === '' && prefixOf(entry) !== '' ? form(entry, shared.form.source, prefixOf(entry)) : undefined),
    (entry) => prefixed(entry, 'secondary'),
  ]
  const sharedName = new Map(unresolved.map((entry) => [entry.code, named.get(entry.code)!.name]))
  // What each text of a code would name it: a candidate another code of its group could take from any of its texts tells nothing apart.
  const said = new Map<string, Map<string, Set<number>>>()
  for (const entry of unresolved) {
    const group = said.get(sharedName.get(entry.code)!) ?? new Map<string, Set<number>>()
    said.set(sharedName.get(entry.code)!, group)
    for (const source of ['message', 'title', 'secondary'] as const) {
      const name = prefixed(entry, source)?.name
      if (name !== undefined) group.set(name, (group.get(name) ?? new Set()).add(entry.code))
    }
  }
  const saidByOther = (entry: Nameable, name: string) =>
    [...(said.get(sharedName.get(entry.code)!)!.get(name) ?? [])].some((code) => code !== entry.code)
  // Each stage in turn: a code takes the name the stage gives it when no other code has or would take that name;
  // the last code left of those sharing a name keeps it.
  for (const stage of stages) {
    const candidates = new Map(unresolved.map((entry) => [entry.code, stage(entry, named.get(entry.code)!)]))
    const count = new Map<string, number>()
    for (const candidate of candidates.values()) if (candidate) count.set(candidate.name, (count.get(candidate.name) ?? 0) + 1)
    unresolved = unresolved.filter((entry) => {
      const candidate = candidates.get(entry.code)
      if (!candidate || count.get(candidate.name)! > 1 || taken.has(candidate.name) || saidByOther(entry, candidate.name)) return true
      named.set(entry.code, candidate)
      taken.add(candidate.name)
      return false
    })
    const left = new Map<string, number>()
    for (const entry of unresolved) left.set(sharedName.get(entry.code)!, (left.get(sharedName.get(entry.code)!) ?? 0) + 1)
    unresolved = unresolved.filter((entry) => left.get(sharedName.get(entry.code)!)! > 1 || fixedNames.has(sharedName.get(entry.code)!))
  }
  // Siblings named alike: where the rule gave a good part of a family its category's prefix, the rest of it takes the prefix too.
  const siblings = new Map<string, { size: number; prefixed: number }>()
  for (const entry of entries) {
    const family = siblings.get(familyOf(entry)) ?? { size: 0, prefixed: 0 }
    const prefix = prefixOf(entry)
    const curatedName = fixed.get(entry.code)
    const gave =
      prefix !== '' &&
      (curatedName === undefined
        ? named.get(entry.code)!.form.prefix === prefix
        : curatedName.startsWith(`${prefix}_`) && !deriveName(entry.message).startsWith(`${prefix}_`))
    siblings.set(familyOf(entry), { size: family.size + 1, prefixed: family.prefixed + (gave ? 1 : 0) })
  }
  const prefixedFamily = (entry: Nameable) => {
    const { size, prefixed } = siblings.get(familyOf(entry))!
    return prefixed >= familyQuorum && prefixed * familyShare >= size
  }
  for (const entry of fresh) {
    const current = named.get(entry.code)!
    const prefix = prefixOf(entry)
    // A name that already names the product (`INVALID_HOSTED_NUMBER_ORDER_SIDS`) needs no prefix.
    if (current.form.prefix !== '' || `_${current.name}_`.includes(`_${prefix}_`) || !prefixedFamily(entry)) continue
    // Only a prefix that costs no word: a name the prefix would cut keeps its words.
    const candidate = form(entry, current.form.source, prefix, current.form.suffix)!
    if (candidate.name !== `${prefix}_${current.name}` || taken.has(candidate.name)) continue
    named.set(entry.code, candidate)
    taken.add(candidate.name)
  }

  // Distinct texts that still give one name (a cut removed what told them apart) are for a curator to name.
  const texts = new Map<string, Set<string>>()
  for (const entry of unresolved) {
    const shared = sharedName.get(entry.code)!
    texts.set(shared, (texts.get(shared) ?? new Set()).add(nameWords(sourceText(entry, named.get(entry.code)!.form.source)!).join(' ')))
  }
  const clashes = new Set(unresolved.filter((entry) => texts.get(sharedName.get(entry.code)!)!.size > 1).map((entry) => entry.code))
  for (const entry of unresolved) {
    const { form: shared } = named.get(entry.code)!
    named.set(entry.code, form(entry, shared.source, shared.prefix, String(entry.code))!)
  }
  return { names: named, clashes }
}

/**
 * Name every code. Locked codes keep their locked names. Other codes take their
 * curated name, else the rule's name (vendor typos corrected). A locked code
 * missing from the catalog and not retired, or a locked name that another
 * code would take, is an error: published names never change or move.
 */
export function assignNames(
  file: VFile,
  entries: readonly Nameable[],
  curated: { lock: NamesLock; lockPath: string; names: CuratedNames; prefixes: ReadonlyMap<string, string> },
  retired: ReadonlySet<number>,
): { names: Map<number, string>; lock: NamesLock } {
  const { lock, lockPath } = curated
  const codes = new Set(entries.map((entry) => entry.code))
  const lockedNames = new Map<string, number>()
  const next: NamesLock = {}
  for (const [code, name] of Object.entries(lock)) {
    if (retired.has(Number(code))) {
      next[code] = name
    } else if (!codes.has(Number(code))) {
      report(
        file,
        `Unexpected loss of locked code \`${code}\` (\`${name}\`, ${lockPath}): published names never disappear; if SignalWire dropped it, accept that with \`npm run catalog -- --retire ${code}\` (see MAINTAINING.md)`,
        { severity: 'error', place: { line: 1, column: 1 }, ruleId: 'locked-code-missing', source: 'name' },
      )
    }
    const holder = lockedNames.get(name)
    if (holder !== undefined)
      report(file, `Unexpected name \`${name}\` locked for both \`${holder}\` and \`${code}\` in ${lockPath}`, {
        severity: 'error',
        place: { line: 1, column: 1 },
        ruleId: 'locked-name-reused',
        source: 'name',
      })
    lockedNames.set(name, Number(code))
  }

  const fix = (text: string | null, code: number) => (text === null ? null : corrected(text, curated.names.words, code))
  const spelled = entries.map((entry) => ({
    ...entry,
    message: fix(entry.message, entry.code)!,
    title: fix(entry.title, entry.code),
    secondaryMessage: fix(entry.secondaryMessage, entry.code),
  }))
  // Locked names (retired codes' too) and curated ones are not the rule's to give, but no other code may take them.
  const fixed = new Map(Object.entries(lock).map(([code, name]) => [Number(code), name]))
  for (const entry of entries) {
    const name = curated.names.names[entry.code]?.name
    if (name !== undefined && !fixed.has(entry.code)) fixed.set(entry.code, name)
  }
  const ruled = ruleNames(spelled, curated.prefixes, fixed)

  const names = new Map<number, string>()
  for (const entry of entries) {
    const locked = lock[entry.code]
    if (locked !== undefined) {
      names.set(entry.code, locked)
      next[entry.code] = locked
      continue
    }
    const name = fixed.get(entry.code) ?? ruled.names.get(entry.code)!.name
    if (ruled.clashes.has(entry.code))
      report(
        file,
        `Unexpected name \`${name}\`: distinct texts of \`${entry.code}\` and others give one name, told apart only by their codes; give each a curated name`,
        {
          severity: 'warning',
          place: entry.place,
          ruleId: 'name-clash',
          source: 'name',
        },
      )
    const holder = lockedNames.get(name)
    if (holder !== undefined) {
      report(file, `Unexpected reuse of locked name \`${name}\` of \`${holder}\` for \`${entry.code}\``, {
        severity: 'error',
        place: entry.place,
        ruleId: 'locked-name-reused',
        source: 'name',
      })
      continue
    }
    names.set(entry.code, name)
    next[entry.code] = name
  }
  return { names, lock: next }
}
