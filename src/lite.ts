/**
 * signalwire-errors/lite: the same helpers as the main entry point, returning
 * entries without their docs (description, causes, solutions, sections,
 * docs), which `loadDocs` fetches per category on demand. `ErrorCode` is not
 * here: import it from the main entry point; tree-shaking keeps it free.
 */

import { loadRows } from './generated/docs/load.ts'
import type { ErrorCode as CodeUnion } from './generated/error-code.ts'
import { indexOfCode } from './code-index.ts'
import { allEntries, entries, entriesOf, liteEntry, lookup, lookupOrThrow } from './entries.ts'
import { fromErrorWith } from './from-error.ts'
import { fullEntry } from './full.ts'
import { type Filters, type SearchHit, searchEntries } from './search.ts'
import type { Category, ErrorEntry, LiteEntry } from './types.ts'

const lite = /* @__PURE__ */ entries(liteEntry)

export * from './shared-exports.ts'

/**
 * The numeric literal of every code of the catalog: `10001 | 10002 | … | 90100`.
 * A type only: the `ErrorCode` map of names is exported by the main entry point.
 */
// Declared here, not re-exported: bundled declarations lose `export type` and would claim the map as a value.
export type ErrorCode = CodeUnion

/**
 * The lite entry of a code (no docs), or undefined; see `getError` of the main
 * entry point for the accepted values and the literal typing.
 *
 * @example
 * ```ts
 * import { getError } from 'signalwire-errors/lite'
 * getError(11200)?.message // 'HTTP retrieval failure'
 * ```
 */
export function getError<C extends ErrorCode>(code: C): LiteEntry<C>
export function getError(code: unknown): LiteEntry | undefined
export function getError(code: unknown): LiteEntry | undefined {
  return lookup(code, lite)
}

/** Like {@link getError}, but throws a `RangeError` naming the value when it is not a known code. */
export function getErrorOrThrow<C extends ErrorCode>(code: C): LiteEntry<C>
export function getErrorOrThrow(code: unknown): LiteEntry
export function getErrorOrThrow(code: unknown): LiteEntry {
  return lookupOrThrow(code, lite)
}

/** The lite entries of a category, in code order (frozen); empty for an unknown slug. */
export function byCategory(category: Category): readonly LiteEntry[] {
  return entriesOf(category, lite)
}

/** The lite entry behind what a SignalWire client hands you; see `fromError` of the main entry point. */
export function fromError(value: unknown): LiteEntry | undefined {
  return fromErrorWith(value, lite)
}

/**
 * The full entry of a code, docs included, loading only its category's docs
 * chunk; resolves to undefined for an unknown code.
 *
 * @example
 * ```ts
 * const entry = await loadDocs(11200)
 * entry?.causes.length // 5
 * ```
 */
export function loadDocs<C extends ErrorCode>(code: C): Promise<ErrorEntry<C>>
export function loadDocs(code: unknown): Promise<ErrorEntry | undefined>
export async function loadDocs(code: unknown): Promise<ErrorEntry | undefined> {
  const index = indexOfCode(code)
  if (index === undefined) return undefined
  const json = await loadRows[liteEntry(index).category]!()
  return fullEntry(index, () => json)
}

/**
 * Search the lite entries (codes, names and messages; causes and solutions
 * are in the docs): ranked as `search` of the main entry point. To search the
 * docs too, pass full entries from `loadDocs` to `searchEntries`.
 */
export function search(query: string, filters?: Filters): SearchHit<LiteEntry>[] {
  return searchEntries(allEntries(lite), query, filters)
}
