/**
 * The one reading of codes in text as people paste it (log lines, webhook
 * bodies, "Error 30003"), shared by `search` and the CLI. Linear in the text:
 * each number is read once, with a bounded look at what stands before it.
 * Dependency-free and side-effect-free.
 */

/** A number standing alone in text. */
export interface NumberInText {
  /** Its digits, full-width ones read as ASCII. */
  readonly digits: string
  /** Where it starts and ends in the text. */
  readonly start: number
  readonly end: number
  /** Whether the text marks it as a code: `ErrorCode=`, `error_code:`, `"code":`, or the word `error` before it. */
  readonly marked: boolean
}

/** ASCII and full-width digits (as CJK keyboards type them). */
const digit = /[0-9\uff10-\uff19]/
const digitRun = /[0-9\uff10-\uff19]+/
/** What may not touch a number that stands alone: a letter, a digit, or a `+` or `.` that makes it part of a phone number or a decimal. */
const joined = /[\p{L}\p{N}_]/u

/** The characters before a number that are looked at for a key; enough for `"error_code" : "`. */
const keyWindow = 24
const key = /(?:\berror[\s_-]*code|\bcode|\berror)["']?\s*[:=]?\s*["']?$/i

/** Full-width digits as ASCII; other text unchanged. */
export const asciiDigits = (text: string): string => text.replace(/[\uff10-\uff19]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))

/**
 * The numbers that stand alone in text, in order: not inside a word or a
 * longer number (`SM12345`, `+15551230000`, `1.5`), each with whether the
 * text marks it as a code. Text before `from` is context only: a number that
 * starts there is not read, but a key there marks the number after it.
 *
 * @example
 * ```ts
 * const found = [...numbersInText('ErrorCode=30003 MessageSid=SM12345 order 55555')]
 * found.map((number) => number.digits) // ['30003', '55555']
 * found.filter((number) => number.marked).map((number) => number.digits) // ['30003']
 * ```
 */
export function* numbersInText(text: string, from = 0): Generator<NumberInText> {
  const runs = new RegExp(digitRun.source, 'g')
  runs.lastIndex = from
  for (let match = runs.exec(text); match; match = runs.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    const before = text[start - 1] ?? ''
    const after = text[end] ?? ''
    const alone =
      !joined.test(before) &&
      !joined.test(after) &&
      before !== '+' &&
      !((before === '.' || before === ',') && digit.test(text[start - 2] ?? '')) &&
      !((after === '.' || after === ',') && digit.test(text[end + 1] ?? ''))
    if (alone) yield { digits: asciiDigits(match[0]), start, end, marked: key.test(text.slice(Math.max(0, start - keyWindow), start)) }
  }
}

/** The known codes one edit from a number: a digit changed, added or removed, or two neighbours swapped. Codes have five digits: numbers of other lengths than four to six get none, at no cost. */
export function nearNumbers(digits: string, isCode: (value: number) => boolean): number[] {
  if (digits.length < 4 || digits.length > 6) return []
  const near = new Set<string>()
  for (let at = 0; at <= digits.length; at++) {
    for (const replacement of '0123456789') {
      near.add(digits.slice(0, at) + replacement + digits.slice(at)) // added
      if (at < digits.length) near.add(digits.slice(0, at) + replacement + digits.slice(at + 1)) // changed
    }
    if (at < digits.length) near.add(digits.slice(0, at) + digits.slice(at + 1)) // removed
    if (at + 1 < digits.length) near.add(digits.slice(0, at) + digits[at + 1] + digits[at] + digits.slice(at + 2)) // swapped
  }
  near.delete(digits)
  return [...near]
    .filter((text) => !text.startsWith('0'))
    .map(Number)
    .filter(isCode)
    .sort((a, b) => a - b)
}

/** What a pasted code comes with, once its words (`error`, `code`) are gone: separators and quotes. */
const separators = /^[\s"'`=:#,;()[\]{}_-]*$/

/** The number a query holds the way people paste a code (alone, quoted, or after `Error`, `ErrorCode=`, `error code:`), if it holds one. */
export function pastedNumber(query: string): string | undefined {
  let only: NumberInText | undefined
  for (const found of numbersInText(query)) {
    if (only) return undefined // two numbers: not one pasted code
    only = found
  }
  if (!only) return undefined
  const rest = (query.slice(0, only.start) + query.slice(only.end)).replace(/error|code/gi, '')
  return separators.test(rest) ? only.digits : undefined
}
