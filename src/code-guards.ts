import type { ErrorCode } from './generated/error-code.ts'
import { allCodes, indexOfCode } from './code-index.ts'
import { asciiDigits, nearNumbers } from './format/codes-in-text.ts'

/**
 * Whether a value is a code of the catalog. A type guard for numbers: a
 * string is not a code (see {@link parseErrorCode}).
 *
 * @example
 * ```ts
 * isErrorCode(30003) // true
 * isErrorCode('30003') // false
 * isErrorCode(99999) // false
 * ```
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'number' && indexOfCode(value) !== undefined
}

/**
 * The code a number or a string of decimal digits stands for, when the catalog
 * has it; undefined otherwise.
 *
 * @example
 * ```ts
 * parseErrorCode(' 30003 ') // 30003, typed as ErrorCode
 * parseErrorCode('ECONNRESET') // undefined
 * ```
 */
export function parseErrorCode(value: unknown): ErrorCode | undefined {
  const index = indexOfCode(value)
  return index === undefined ? undefined : allCodes()[index]
}

/**
 * The codes one edit from a number that may be mistyped: a digit changed,
 * added or removed, or two neighbours swapped; ascending. For "did you mean"
 * hints. Only numbers of four to six digits (codes have five) have any;
 * digits in a string may be full-width.
 *
 * @example
 * ```ts
 * nearCodes(11299) // [13299]
 * nearCodes('3003') // [30003, 30013, 31003, 34003, 53003, 63003]
 * nearCodes(99) // []
 * ```
 */
export function nearCodes(value: number | string): ErrorCode[] {
  // A number reads as its decimal form, where a sign, a fraction or an exponent is not a digit.
  const digits = typeof value === 'number' || typeof value === 'string' ? asciiDigits(String(value).trim()) : ''
  return /^\d+$/.test(digits) ? (nearNumbers(digits, (candidate) => indexOfCode(candidate) !== undefined) as ErrorCode[]) : []
}
