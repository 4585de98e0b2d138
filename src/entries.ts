/**
 * Building entries from the generated rows, once per code, frozen, on first
 * lookup; and the helpers each entry point wraps around its own entry builder.
 */

import type { ErrorCode } from './generated/error-code.ts'
import { liteBlockSize, liteRowBlocks } from './generated/lite.ts'
import { nameExceptions, nameForms, namePrefixes } from './generated/names.ts'
import { retiredCodes } from './generated/retired.ts'
import { allCodes, categoryAt, categoryIndexAt, describe, indexesOfCategory, indexOfCode } from './code-index.ts'
import { nameOfForm } from './format/naming-rule.ts'
import { escapeMarkdown } from './format/page.ts'
import type { LiteRow } from './format/rows.ts'
import { deepFreeze } from './freeze.ts'
import { isWarning } from './levels.ts'
import type { Category, LiteEntry } from './types.ts'

const blocks: (readonly LiteRow[] | undefined)[] = []
const liteCache: LiteEntry[] = []

/** The lite row of the code at a position: its block is parsed from JSON on first use rather than at import. */
function liteRow(index: number): LiteRow {
  const block = Math.floor(index / liteBlockSize)
  blocks[block] ??= JSON.parse(liteRowBlocks[block]!) as LiteRow[]
  return blocks[block]![index % liteBlockSize]!
}

/** The name of the code at a position: the form its name takes (see `nameOfForm`), unless the lock kept another. */
function nameOf(index: number, code: number, message: string, secondaryMessage: string | null): string {
  return (
    nameExceptions[code] ??
    nameOfForm(parseInt(nameForms[index]!, 36), {
      code,
      message,
      title: docsTitle(index, message),
      secondaryMessage,
      prefix: namePrefixes[categoryIndexAt(index)]!,
    })!
  )
}

/** The title of the docs page of the code at a position, as markdown. */
export const docsTitle = (index: number, message: string): string => liteRow(index)[2] || escapeMarkdown(message)

/** The lite entry of the code at a position. */
export function liteEntry(index: number): LiteEntry {
  let entry = liteCache[index]
  if (!entry) {
    const [message, secondary, , ...related] = liteRow(index)
    const code = allCodes()[index]!
    entry = liteCache[index] = deepFreeze({
      code,
      name: nameOf(index, code, message, secondary || null),
      level: isWarning(code) ? 'warning' : 'error',
      category: categoryAt(index),
      message,
      secondaryMessage: secondary || null,
      related: related as ErrorCode[],
      retired: retiredCodes.includes(code),
    } as LiteEntry)
  }
  return entry
}

/**
 * How an entry point makes its entries: a builder from a catalog position, and
 * the entries it already made by numeric code, so that a repeated lookup costs
 * one `Map.get`.
 */
export interface Entries<E> {
  readonly build: (index: number) => E
  readonly byCode: Map<unknown, E>
  readonly byCategory: Map<Category, readonly E[]>
}

export const entries = <E>(build: (index: number) => E): Entries<E> => ({ build, byCode: new Map(), byCategory: new Map() })

export function lookup<E>(value: unknown, { build, byCode }: Entries<E>): E | undefined {
  const made = byCode.get(value)
  if (made !== undefined) return made
  const index = indexOfCode(value)
  if (index === undefined) return undefined
  const entry = build(index)
  if (typeof value === 'number') byCode.set(value, entry)
  return entry
}

export function lookupOrThrow<E>(value: unknown, from: Entries<E>): E {
  const entry = lookup(value, from)
  if (entry === undefined) throw new RangeError(`Unknown SignalWire error code: ${describe(value)}`)
  return entry
}

const noEntries: readonly never[] = Object.freeze([])

export function entriesOf<E>(category: Category, { build, byCategory }: Entries<E>): readonly E[] {
  let made = byCategory.get(category)
  if (!made) {
    const indexes = indexesOfCategory(category)
    // Only a known category is kept: unknown keys, however many, leave nothing behind.
    if (indexes.length === 0) return noEntries
    made = Object.freeze(indexes.map(build))
    byCategory.set(category, made)
  }
  return made
}

/** Every entry, in code order. */
export function allEntries<E>({ build }: Entries<E>): E[] {
  return allCodes().map((_, index) => build(index))
}
