/**
 * Reading codes out of pasted text and standard input, as the library reads
 * them (`numbersInText`): linear in the text, and with state bounded whatever
 * its size — at most every known code, and at most {@link maxReports}
 * unknown numbers remembered.
 */
import { type ErrorCode, isErrorCode, nearCodes, numbersInText } from 'signalwire-errors/lite'
import { quote } from './printable.ts'

/** Unknown numbers reported one by one; past this many, one line counts the rest. */
export const maxReports = 20
/** Characters quoted on each side of an unknown number. */
const windowSide = 20
/** Characters of text kept before a chunk of standard input, for a key (`ErrorCode=`) that stands before a number. */
const contextLength = 32
/** A chunk of standard input with no white space is read once it is this long, so that memory stays bounded. */
const longestCarry = 1 << 20

/** What text held: the known codes in the order they first appeared, and the unknown numbers marked as codes. */
export interface Findings {
  readonly codes: Set<ErrorCode>
  /** Each reported unknown number, with the text around it. */
  readonly unknown: Map<string, string>
  /** Mentions of unknown numbers past the reported ones. */
  moreUnknown: number
}

export const newFindings = (): Findings => ({ codes: new Set(), unknown: new Map(), moreUnknown: 0 })

/** The text around a number, cut short on both sides. */
function around(text: string, start: number, end: number): string {
  const from = Math.max(0, start - windowSide)
  const to = Math.min(text.length, end + windowSide)
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`
}

/**
 * Read the numbers of text from `from` on (what stands before is context):
 * every known code, and the unknown numbers that the text marks as codes, or
 * every unknown number when the text is `bare` (nothing but that number).
 * Whether the text held a code or a reported number.
 */
export function readText(findings: Findings, text: string, from: number, bare: boolean): boolean {
  let held = false
  for (const found of numbersInText(text, from)) {
    const value = Number(found.digits)
    if (isErrorCode(value)) {
      findings.codes.add(value)
      held = true
    } else if (found.marked || bare) {
      held = true
      if (findings.unknown.has(found.digits)) continue
      if (findings.unknown.size < maxReports) findings.unknown.set(found.digits, bare ? '' : around(text, found.start, found.end))
      else findings.moreUnknown++
    }
  }
  return held
}

/** Read text that arrives in chunks (standard input), a number split between two chunks included. */
export async function readStream(chunks: AsyncIterable<string>): Promise<Findings> {
  const findings = newFindings()
  let context = ''
  let carry = ''
  const readUpTo = (text: string, cut: number) => {
    readText(findings, text.slice(0, cut), context.length, false)
    context = text.slice(Math.max(0, cut - contextLength), cut)
    carry = text.slice(cut)
  }
  for await (const chunk of chunks) {
    const text = context + carry + chunk
    // A number or word touching the end may go on in the next chunk: read up to the last white space.
    let cut = text.length
    while (cut > context.length && !/\s/.test(text[cut - 1]!)) cut--
    if (cut === context.length && text.length - context.length > longestCarry) cut = text.length - contextLength
    if (cut > context.length) readUpTo(text, cut)
    else carry = text.slice(context.length)
  }
  readUpTo(context + carry, context.length + carry.length)
  return findings
}

/** The lines that report unknown numbers: each once, with near codes, then how many more there were. */
export function reportLines(findings: Findings): string[] {
  const lines = [...findings.unknown].map(([digits, window]) => {
    const near = nearCodes(digits).slice(0, 5)
    const shown = digits.length > 12 ? `${digits.slice(0, 6)}…${digits.slice(-3)} (${digits.length} digits)` : digits
    return `unknown code ${shown}${window ? ` in ${quote(window)}` : ''}${near.length ? `; did you mean ${near.join(', ')}?` : ''}`
  })
  if (findings.moreUnknown > 0) lines.push(`and ${findings.moreUnknown} more mentions of unknown codes`)
  return lines
}
