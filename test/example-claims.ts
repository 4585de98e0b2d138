/**
 * What an example's comment claims, and how a claimed pattern matches: shared
 * by the reader of examples (`examples.ts`) and the checks that run them
 * (`example-harness.ts`). No side effects.
 */
import { isDeepStrictEqual } from 'node:util'

/** In a claimed array or output, `…`: any run of items or lines, none included. */
export const anyRun = Symbol('…')

/** A claimed value: a JSON-like literal, an array pattern where `…` is any run of items, or a throw. */
export type Claim = { kind: 'value'; value: unknown } | { kind: 'pattern'; items: unknown[] } | { kind: 'throws'; name: string; message: string }

/** Whether items match a pattern, item for item, where `anyRun` matches any run of items. */
export function matchesPattern(items: readonly unknown[], pattern: readonly unknown[]): boolean {
  if (pattern.length === 0) return items.length === 0
  const [first, ...rest] = pattern
  if (first === anyRun) return items.some((_, skip) => matchesPattern(items.slice(skip), rest)) || matchesPattern([], rest)
  return items.length > 0 && isDeepStrictEqual(items[0], first) && matchesPattern(items.slice(1), rest)
}
