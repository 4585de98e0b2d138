/**
 * Finding codes: the code list, decoded on first use, and the parsing rules
 * for what callers hand in. Nothing runs at import.
 */

import { categoryDigits, categorySlugs } from './generated/categories.ts'
import { codeDeltas } from './generated/code-list.ts'
import type { ErrorCode } from './generated/error-code.ts'
import type { Category } from './generated/info.ts'
import { decodeDeltas } from './format/deltas.ts'
import { isArray } from './own.ts'

let codes: readonly ErrorCode[] | undefined
let indexes: Map<number, number> | undefined

/** Every code, ascending. */
export const allCodes = (): readonly ErrorCode[] => (codes ??= decodeDeltas(codeDeltas) as ErrorCode[])

/** Decimal digits, surrounding whitespace allowed; leading zeros, any number of them, count for nothing. */
const decimal = /^\s*0*([1-9]\d{0,8})\s*$/

/**
 * The position of a code in the catalog, for a number or a string of decimal
 * digits with optional surrounding whitespace and leading zeros
 * (`'011200'`, `'0000011200'` are 11200); undefined for anything else.
 */
export function indexOfCode(value: unknown): number | undefined {
  indexes ??= new Map(allCodes().map((code, index) => [code, index]))
  if (typeof value === 'number') return indexes.get(value)
  const digits = typeof value === 'string' ? decimal.exec(value)?.[1] : undefined
  return digits === undefined ? undefined : indexes.get(Number(digits))
}

/** The position in the taxonomy of the category of the code at a position. */
export const categoryIndexAt = (index: number): number => parseInt(categoryDigits[index]!, 36)

/** The category of the code at a position. */
export const categoryAt = (index: number): Category => categorySlugs[categoryIndexAt(index)]!

let membersByCategory: Map<Category, number[]> | undefined

/** Positions of the codes of a category, ascending; empty for an unknown category. */
export function indexesOfCategory(category: Category): readonly number[] {
  if (!membersByCategory) {
    const members = new Map(categorySlugs.map((known): [Category, number[]] => [known, []]))
    for (let index = 0; index < categoryDigits.length; index++) members.get(categoryAt(index))!.push(index)
    membersByCategory = members
  }
  return membersByCategory.get(category) ?? []
}

/** A short description of a bad value, for error messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'bigint') return `${value}n`
  if (value === null || typeof value !== 'object') return String(value)
  return isArray(value) ? 'an array' : 'an object'
}
