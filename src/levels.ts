import type { ErrorLevelCode, WarningCode } from './generated/info.ts'
import { warningDeltas } from './generated/warnings.ts'
import { indexOfCode } from './code-index.ts'
import { decodeDeltas } from './format/deltas.ts'

let warnings: ReadonlySet<number> | undefined

/**
 * Whether a value is a code SignalWire logs as a warning. False for error-level
 * and unknown codes, and for anything that is not a number: a string is not a
 * code, parse it first with `parseErrorCode`.
 *
 * @example
 * ```ts
 * isWarning(13233) // true
 * isWarning(11200) // false: an error
 * isWarning('13233') // false: parse it first
 * if (isWarning(code)) code // WarningCode
 * ```
 */
export function isWarning(code: unknown): code is WarningCode {
  warnings ??= new Set(decodeDeltas(warningDeltas))
  return typeof code === 'number' && warnings.has(code)
}

/**
 * Whether a value is a code SignalWire logs as an error. False for warnings,
 * unknown codes and anything that is not a number.
 *
 * @example
 * ```ts
 * isErrorLevel(11200) // true
 * isErrorLevel(13233) // false: a warning
 * ```
 */
export function isErrorLevel(code: unknown): code is ErrorLevelCode {
  return typeof code === 'number' && indexOfCode(code) !== undefined && !isWarning(code)
}
