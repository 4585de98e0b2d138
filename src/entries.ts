/**
 * Building entries from the generated rows, once per code, frozen, on first
 * lookup; and the helpers each entry point wraps around its own entry builder.
 */
import type { ErrorCode } from './generated/codes.ts'
import { liteRows } from './generated/lite.ts'
import { nameExceptions } from './generated/names.ts'
import { deepFreeze } from './decode.ts'
import { isWarning } from './levels.ts'
import { allCodes, categoryOf, describe, indexOfCode, indexesOfCategory } from './lookup.ts'
import { nameByRule } from './names.ts'
import type { Category, LiteEntry } from './types.ts'

let names: readonly string[] | undefined
const liteCache: LiteEntry[] = []

/** The name of the code at a position: the naming rule's, unless the lock kept another. */
function nameAt(index: number): string {
  names ??= nameByRule(
    liteRows.map((row) => row[0]),
    allCodes(),
  )
  return nameExceptions[allCodes()[index]!] ?? names[index]!
}

/** The lite entry of the code at a position. */
export function liteEntry(index: number): LiteEntry {
  let entry = liteCache[index]
  if (!entry) {
    const [message, secondary, ...related] = liteRows[index]!
    const code = allCodes()[index]!
    entry = liteCache[index] = deepFreeze({
      code,
      name: nameAt(index),
      level: isWarning(code) ? 'warning' : 'error',
      category: categoryOf(code),
      message,
      secondaryMessage: secondary || null,
      related: related as ErrorCode[],
    } as LiteEntry)
  }
  return entry
}

/** How an entry point builds its entries from a catalog position. */
export type Build<E> = (index: number) => E

export function lookup<E>(value: unknown, build: Build<E>): E | undefined {
  const index = indexOfCode(value)
  return index === undefined ? undefined : build(index)
}

export function lookupOrThrow<E>(value: unknown, build: Build<E>): E {
  const index = indexOfCode(value)
  if (index === undefined) throw new RangeError(`Unknown SignalWire error code: ${describe(value)}`)
  return build(index)
}

const byCategoryCache = /* @__PURE__ */ new WeakMap<Build<unknown>, Map<Category, readonly unknown[]>>()

export function entriesOf<E>(category: Category, build: Build<E>): readonly E[] {
  let cache = byCategoryCache.get(build)
  if (!cache) byCategoryCache.set(build, (cache = new Map()))
  let entries = cache.get(category)
  if (!entries) cache.set(category, (entries = Object.freeze(indexesOfCategory(category).map(build))))
  return entries as readonly E[]
}
