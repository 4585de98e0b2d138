/**
 * Helpers for the catalog's markdown: cross-reference links and a plain-text
 * form for logs and terminals. They read the CommonMark the build writes, not
 * arbitrary markdown.
 */

import { markdownLines } from './lines.ts'

/** The link target of a cross-reference to another code in docs markdown: `[text](#12300)`. The build writes it; `resolveLinks` reads it. */
export const crossReferenceUrl = (code: number): string => `#${code}`

const crossReference = /\]\(#(\d+)\)/g

/**
 * Rewrite the cross-references of docs markdown (`[Content-Type](#12300)`) to
 * your own URLs.
 *
 * @example
 * ```ts
 * resolveLinks('Send a valid [Content-Type](#12300).', (code) => `/errors/${code}`)
 * // 'Send a valid [Content-Type](/errors/12300).'
 * ```
 */
export function resolveLinks(markdown: string, resolve: (code: number) => string): string {
  return markdown.replace(crossReference, (_, code: string) => `](${resolve(Number(code))})`)
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** A numeric character reference as CommonMark reads it: an invalid one (0, a surrogate, past U+10FFFF) is U+FFFD. */
const fromCodePoint = (digits: string, radix: number): string => {
  const point = parseInt(digits, radix)
  return point > 0 && point <= 0x10ffff && (point < 0xd800 || point > 0xdfff) ? String.fromCodePoint(point) : '\ufffd'
}

/** CommonMark's limits: six hex digits, seven decimal ones. */
/** The text a character reference stands for; an unknown name stays as written. */
function decodeReference(reference: string): string {
  if (reference[1] !== '#') return named[reference.slice(1, -1)] ?? reference
  const hex = reference[2] === 'x' || reference[2] === 'X'
  return fromCodePoint(reference.slice(hex ? 3 : 2, -1), hex ? 16 : 10)
}

const entity = /&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{1,32});/y
const asciiPunctuation = /[!-/:-@[-`{-~]/
const autolink = /<((?:https?|mailto):[^<>\s]*)>/y
const wordBefore = /[\p{L}\p{N}]$/u
const wordAfter = /^[\p{L}\p{N}]/u

/** For each position, the first unescaped `]` at or after it (the text's length when there is none). */
function closingBrackets(text: string): Int32Array {
  const escaped = new Uint8Array(text.length)
  for (let at = 1; at < text.length; at++) escaped[at] = text[at - 1] === '\\' && !escaped[at - 1] ? 1 : 0
  const next = new Int32Array(text.length + 1).fill(text.length)
  for (let at = text.length - 1; at >= 0; at--) next[at] = text[at] === ']' && !escaped[at] ? at : next[at + 1]!
  return next
}

/** For each position, the first `(` and the first `)` at or after it: where a nested parenthesis can close. */
function parentheses(text: string): { open: Int32Array; close: Int32Array } {
  const open = new Int32Array(text.length + 1).fill(-1)
  const close = new Int32Array(text.length + 1).fill(-1)
  for (let at = text.length - 1; at >= 0; at--) {
    open[at] = text[at] === '(' ? at : open[at + 1]!
    close[at] = text[at] === ')' ? at : close[at + 1]!
  }
  return { open, close }
}

/** The end (after its `)`) of a link destination that starts at `from`, just after `](`; -1 when it does not close. */
function destinationEnd(text: string, from: number, parens: ReturnType<typeof parentheses>): number {
  for (let at = from; at < text.length; at++) {
    const char = text[at]!
    if (char === ')') return at + 1
    if (/\s/.test(char)) return -1
    if (char === '(') {
      // One level of nesting, as CommonMark allows here: it closes before any other parenthesis opens.
      const close = parens.close[at + 1]!
      const open = parens.open[at + 1]!
      if (close === -1 || (open !== -1 && open < close)) return -1
      at = close
    }
  }
  return -1
}

/**
 * Plain text of inline markdown: code kept literally, link and emphasis
 * syntax dropped, escapes and entities decoded. One pass, each position read
 * a bounded number of times, so that hostile text costs linear time.
 */
function inlineText(text: string): string {
  const out: string[] = []
  let closing: Int32Array | undefined
  let parens: ReturnType<typeof parentheses> | undefined
  /** Where each run of backticks of a length starts, in order, and how far each list has been read. */
  let runs: Map<number, number[]> | undefined
  const runRead = new Map<number, number>()
  const destinations = new Map<number, number>()
  let at = 0
  while (at < text.length) {
    const char = text[at]!
    if (char === '`') {
      let end = at
      while (text[end] === '`') end++
      const length = end - at
      runs ??= backtickRuns(text)
      const starts = runs.get(length) ?? [] // none when this run is the rest of an escaped one
      let read = runRead.get(length) ?? 0
      while (read < starts.length && starts[read]! <= at) read++
      runRead.set(length, read)
      const close = starts[read]
      if (close === undefined) out.push(text.slice(at, end))
      else {
        const code = text.slice(end, close)
        out.push(code.length > 2 && code.startsWith(' ') && code.endsWith(' ') ? code.slice(1, -1) : code)
        runRead.set(length, read + 1)
        end = close + length
      }
      at = end
    } else if (char === '\\' && (asciiPunctuation.test(text[at + 1] ?? '') || text[at + 1] === '\n')) {
      out.push(text[at + 1]!) // an escaped character, or the line break a backslash makes hard
      at += 2
    } else if (char === '[' || (char === '!' && text[at + 1] === '[')) {
      const open = char === '[' ? at : at + 1
      closing ??= closingBrackets(text)
      const close = closing[open + 1]!
      let end = -1
      if (text[close + 1] === '(') {
        parens ??= parentheses(text)
        end = destinations.get(close) ?? destinationEnd(text, close + 2, parens)
        destinations.set(close, end)
      }
      if (end === -1) {
        out.push(char)
        at++
      } else {
        out.push(inlineText(text.slice(open + 1, close)))
        at = end
      }
    } else if (char === '<' || char === '&') {
      // An autolink keeps its address; a character reference is decoded.
      const pattern = char === '<' ? autolink : entity
      pattern.lastIndex = at
      const end = pattern.test(text) ? pattern.lastIndex : at + 1
      const match = text.slice(at, end)
      out.push(end === at + 1 ? char : char === '<' ? match.slice(1, -1) : decodeReference(match))
      at = end
    } else if (char === '*' || char === '_') {
      let end = at
      while (text[end] === char) end++
      // A lone underscore inside a word (snake_case) is text; emphasis marks go.
      const inWord =
        char === '_' && end - at === 1 && wordBefore.test(text.slice(Math.max(0, at - 2), at)) && wordAfter.test(text.slice(end, end + 2))
      if (inWord) out.push(char)
      at = end
    } else {
      let end = at + 1
      while (end < text.length && !'`\\[!<&*_'.includes(text[end]!)) end++
      out.push(text.slice(at, end))
      at = end
    }
  }
  return out.join('')
}

/** Where each run of backticks starts, by its length. */
function backtickRuns(text: string): Map<number, number[]> {
  const runs = new Map<number, number[]>()
  for (let at = 0; at < text.length; at++) {
    if (text[at] !== '`') continue
    let end = at
    while (text[end] === '`') end++
    const list = runs.get(end - at) ?? []
    list.push(at)
    runs.set(end - at, list)
    at = end - 1
  }
  return runs
}

/** A row of a GFM table as the build writes it (`| a | b |`), its delimiter row, and its cell pipes. */
const tableRow = /^ {0,3}\|/
const tableDelimiter = /^ {0,3}\|(?: *:?-+:? *\|)+ *$/
const tablePipe = /(?<!\\)\|/g

/**
 * The plain-text form of catalog markdown (a message, cause, solution,
 * description or a whole docs page), for logs and terminals: no markdown
 * syntax, literal text such as `<country>` kept, whitespace collapsed, an
 * invalid numeric character reference as U+FFFD. Linear in the length of the
 * text; `''` for a value that is not a string.
 *
 * @example
 * ```ts
 * toPlainText('Set `Content-Type: audio/mpeg`, see [the docs](https://example.com).')
 * // 'Set Content-Type: audio/mpeg, see the docs.'
 * ```
 */
export function toPlainText(markdown: string): string {
  if (typeof markdown !== 'string') return ''
  // Block syntax goes line by line; inline syntax may span lines, so runs of text lines are read together.
  const parts: string[] = []
  let text: string[] = []
  const flush = () => {
    parts.push(inlineText(text.join('\n')))
    text = []
  }
  for (const line of markdownLines(markdown)) {
    if (line.kind === 'fence') flush()
    else if (line.kind === 'code') parts.push(line.text)
    else if (tableRow.test(line.text)) {
      if (!tableDelimiter.test(line.text)) text.push(line.text.replace(tablePipe, ' '))
    } else text.push(line.text.replace(/^\s*(?:#{1,6}\s+|(?:[-*+]|\d+[.)])\s+|>\s?)*/, ''))
  }
  flush()
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}
