import type { ErrorCode } from './generated/error-code.ts'
import { allCodes, indexOfCode } from './code-index.ts'

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
