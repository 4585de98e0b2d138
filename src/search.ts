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

/** How an entry matched: its code is the query, or the message holds every word, or its other text does. */
export type MatchKind = 'code' | 'message' | 'text'

export interface SearchHit<E> {
  readonly entry: E
  readonly match: MatchKind
}

const rankOf: Record<MatchKind, number> = { code: 0, message: 1, text: 2 }
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Whether an entry passes the filters. */
export const matchesFilters = (entry: Searchable, { level, category }: Filters = {}): boolean =>
  (level === undefined || entry.level === level) && (category === undefined || entry.category === category)

/**
 * Rank entries against a query: the entry whose code is the query first, then
 * entries whose message holds every word of the query, then entries whose name,
 * messages, causes or solutions hold every word; code order within each rank.
 * Words match as prefixes of the entry's words (`time` finds "timed out"), in any case.
 *
 * @example
 * ```ts
 * searchEntries(byCategory('webhook'), 'timeout').map((hit) => hit.entry.code) // [11201, 11203, 11205]
 * ```
 */
export function searchEntries<E extends Searchable>(entries: Iterable<E>, query: string, filters: Filters = {}): SearchHit<E>[] {
  const wanted = words(query)
  if (wanted.length === 0) return []
  const holdsAll = (text: string) => {
    const have = words(text)
    return wanted.every((word) => have.some((candidate) => candidate.startsWith(word)))
  }
  const hits: SearchHit<E>[] = []
  for (const entry of entries) {
    if (!matchesFilters(entry, filters)) continue
    let match: MatchKind | undefined
    if (String(entry.code) === query.trim()) match = 'code'
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
  return hits.sort((a, b) => rankOf[a.match] - rankOf[b.match] || a.entry.code - b.entry.code)
}
