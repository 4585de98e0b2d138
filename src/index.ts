/**
 * signalwire-errors: SignalWire's error-code catalog as typed data.
 *
 * Every export is named; there is no default export (a namespace default
 * defeats tree-shaking). Each helper pulls only the data it needs.
 */

import { docsRows } from './generated/docs/all.ts'
import type { ErrorCode } from './generated/error-code.ts'
import { allEntries, entries, entriesOf, lookup, lookupOrThrow } from './entries.ts'
import { fromErrorWith } from './from-error.ts'
import { fullEntry } from './full.ts'
import { type Filters, type SearchHit, searchEntries } from './search.ts'
import type { Category, ErrorEntry } from './types.ts'

export { ErrorCode } from './generated/error-code.ts'
export * from './shared-exports.ts'

const full = /* @__PURE__ */ entries((index): ErrorEntry => fullEntry(index, (category) => docsRows[category]!))

/**
 * The catalog entry of a code, or undefined. Takes a number or a string of
 * decimal digits (`"11200"`, `" 11200 "`); anything else gives undefined.
 * With a known literal code, the result is not optional and its `code`,
 * `level`, `name` and `category` are literal types.
 *
 * @example
 * ```ts
 * getError(11200)?.message // 'HTTP retrieval failure'
 * getError(ErrorCode.HTTP_RETRIEVAL_FAILURE).level // 'error', typed as 'error'
 * getError(req.body.ErrorCode)?.code // 30003, from a webhook's "30003"
 * getError('0x2BC0') // undefined
 * ```
 */
export function getError<C extends ErrorCode>(code: C): ErrorEntry<C>
export function getError(code: unknown): ErrorEntry | undefined
export function getError(code: unknown): ErrorEntry | undefined {
  return lookup(code, full)
}

/**
 * Like {@link getError}, but throws a `RangeError` naming the value when it is
 * not a known code.
 *
 * @example
 * ```ts
 * getErrorOrThrow('30003').name // 'UNREACHABLE_DESTINATION_HANDSET'
 * getErrorOrThrow(99999) // RangeError: Unknown SignalWire error code: 99999
 * ```
 */
export function getErrorOrThrow<C extends ErrorCode>(code: C): ErrorEntry<C>
export function getErrorOrThrow(code: unknown): ErrorEntry
export function getErrorOrThrow(code: unknown): ErrorEntry {
  return lookupOrThrow(code, full)
}

/**
 * The entries of a category, in code order (frozen); empty for an unknown slug.
 *
 * @example
 * ```ts
 * byCategory('sip').length // 43
 * ```
 */
export function byCategory(category: Category): readonly ErrorEntry[] {
  return entriesOf(category, full)
}

/**
 * The entry behind what a SignalWire client hands you, or undefined: a bare
 * code, a REST error body or `RestException` (`code`), a message resource
 * (`errorCode`, `error_code`), webhook parameters (`ErrorCode`), or any of
 * these under `body`, `data`, `response` (axios: `response.data`), `cause` or
 * `errors[0]`. A `body` or `data` still in JSON text is parsed when it looks
 * like a JSON object and is under 64 KB. Never throws.
 *
 * @example
 * ```ts
 * fromError({ code: 21211, message: 'Invalid To', status: 400 })?.name // 'INVALID_TO_PHONE_NUMBER'
 * fromError({ MessageStatus: 'undelivered', ErrorCode: '30003' })?.code // 30003 (webhook parameters)
 * fromError({ response: { status: 400, data: { code: 21211 } } })?.code // 21211 (an axios error)
 * fromError({ body: '{"code":21211,"status":400}' })?.code // 21211
 * fromError({ code: 'ECONNRESET' }) // undefined
 * ```
 */
export function fromError(value: unknown): ErrorEntry | undefined {
  return fromErrorWith(value, full)
}

/**
 * Search the catalog: the entry whose code is the query first, then entries
 * whose message holds every word, then entries whose name, messages, causes or
 * solutions do; in code order within each rank. Optionally one level or category.
 *
 * @example
 * ```ts
 * // Message matches first (14233 "Dial->Conference: Invalid Timeout", …), then other matches (11201, …).
 * search('timeout', { level: 'error' }).map((hit) => hit.entry.code) // [14233, 15002, …, 53109, 11201, 11203, 11205, …]
 * ```
 */
export function search(query: string, filters?: Filters): SearchHit<ErrorEntry>[] {
  return searchEntries(allEntries(full), query, filters)
}
