import { asciiDigits, nearNumbers, pastedNumber } from './format/codes-in-text.ts'
import { ownValue } from './own.ts'
import type { Category, Level } from './types.ts'

/** What a search can read of an entry: lite entries have no causes or solutions. */
export interface Searchable {
  readonly code: number
  readonly name: string
  readonly level: Level
  readonly category: string
  readonly message: string
  readonly secondaryMessage: string | null
  readonly causes?: readonly string[]
  readonly solutions?: readonly string[]
}

/** Narrow a search or a list to one level or one category. */
export interface Filters {
  readonly level?: Level | undefined
  readonly category?: Category | undefined
}

/**
 * How an entry matched: its code is the query, or is one edit from the
 * number the query holds when that number is no code, or the message holds
 * every word, or its other text does.
 */
export type MatchKind = 'code' | 'near' | 'message' | 'text'

export interface SearchHit<E> {
  readonly entry: E
  readonly match: MatchKind
}

const rankOf: Record<MatchKind, number> = { code: 0, near: 0, message: 1, text: 2 }
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/**
 * How many distinct words of a query count; later ones are ignored. The
 * longest message of the catalog has 19 words, so a typed query has fewer:
 * a longer one is pasted text, and the cap keeps its cost per entry bounded
 * instead of growing with the paste.
 */
export const maxQueryWords = 32

/** The distinct words of a query, at most {@link maxQueryWords}. */
const queryWords = (query: string): string[] => [...new Set(words(query))].slice(0, maxQueryWords)

/** The filters as given: own properties only, so that a polluted prototype or a throwing getter filters nothing. */
const readFilters = (filters: unknown): Filters => ({
  level: ownValue(filters, 'level') as Level | undefined,
  category: ownValue(filters, 'category') as Category | undefined,
})

/** Whether an entry passes the filters. */
export const matchesFilters = (entry: Searchable, filters: Filters = {}): boolean => {
  const { level, category } = readFilters(filters)
  return (level === undefined || entry.level === level) && (category === undefined || entry.category === category)
}

/**
 * Rank entries against a query: the entry whose code the query holds first
 * (alone or the way people paste it: `Error 30003`, `ErrorCode=30003`,
 * `error code: 30003`, `"30003"`, full-width digits too), or, for a number that
 * is no code, the codes one edit from it (`3003` offers 30003); then entries
 * whose message holds every word of the query, then entries whose name,
 * messages, causes or solutions hold every word; code order within each rank.
 * Words match as prefixes of the entry's words (`time` finds "timed out"), in any case;
 * repeated words count once, and words past the {@link maxQueryWords}th are ignored.
 * A query that is not a string finds nothing.
 *
 * @example
 * ```ts
 * searchEntries(byCategory('webhook'), 'timeout').map((hit) => hit.entry.code) // [11201, 11203, 11205]
 * ```
 */
export function searchEntries<E extends Searchable>(entries: Iterable<E>, query: string, filters: Filters = {}): SearchHit<E>[] {
  if (typeof query !== 'string') return []
  const pasted = pastedNumber(query)
  // A pasted code is looked for by its number: "Error" and "code" are how it was pasted, not what is sought.
  const wanted = pasted ? [pasted] : queryWords(asciiDigits(query))
  if (wanted.length === 0) return []
  const wantedFilters = readFilters(filters)
  const holdsAll = (text: string) => {
    const have = words(text)
    return wanted.every((word) => have.some((candidate) => candidate.startsWith(word)))
  }
  let hits: SearchHit<E>[] = []
  const byCode = new Map<number, E>()
  for (const entry of entries) {
    if (!matchesFilters(entry, wantedFilters)) continue
    byCode.set(entry.code, entry)
    let match: MatchKind | undefined
    // Only a pasted number is a code: any other query has a non-digit, or none.
    if (String(entry.code) === pasted) match = 'code'
    else if (holdsAll(entry.message)) match = 'message'
    else if (
      holdsAll(
        [
          entry.code,
          entry.name.replace(/_/g, ' '),
          entry.message,
          entry.secondaryMessage ?? '',
          ...(entry.causes ?? []),
          ...(entry.solutions ?? []),
        ].join(' '),
      )
    )
      match = 'text'
    if (match) hits.push({ entry, match })
  }
  if (pasted && !byCode.has(Number(pasted))) {
    const near = new Set(nearNumbers(pasted, (value) => byCode.has(value)))
    // A near code is offered once, in the first rank.
    hits = hits.filter((hit) => !near.has(hit.entry.code))
    for (const value of near) hits.push({ entry: byCode.get(value)!, match: 'near' })
  }
  return hits.sort((a, b) => rankOf[a.match] - rankOf[b.match] || a.entry.code - b.entry.code)
}
