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

/**
 * A numeric character reference as CommonMark parsers read it: one that names
 * no character, a control character or a surrogate is U+FFFD, so that an
 * entity never smuggles a control character into a log or a terminal.
 */
const fromCodePoint = (digits: string, radix: number): string => {
  const point = parseInt(digits, radix)
  const invalid =
    point < 9 ||
    point === 11 ||
    (point > 13 && point < 32) ||
    (point > 126 && point < 160) ||
    (point > 0xd7ff && point < 0xe000) ||
    (point > 0xfdcf && point < 0xfdf0) ||
    (point & 0xfffe) === 0xfffe ||
    point > 0x10ffff
  return invalid ? '\ufffd' : String.fromCodePoint(point)
}

/** The text a character reference stands for; an unknown name stays as written. */
function decodeReference(reference: string): string {
  if (reference[1] !== '#') return named[reference.slice(1, -1)] ?? reference
  const hex = reference[2] === 'x' || reference[2] === 'X'
  return fromCodePoint(reference.slice(hex ? 3 : 2, -1), hex ? 16 : 10)
}

/** A character reference (CommonMark's limits: six hex digits, seven decimal ones), and an autolink. */
const reference = /&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{1,32});/y
const autolink = /<(?:https?|mailto):[^<>\s]*>/y
const asciiPunctuation = /[!-/:-@[-`{-~]/
const wordBefore = /[\p{L}\p{N}]$/u
const wordAfter = /^[\p{L}\p{N}]/u
/** How deep parentheses may nest in a link destination: CommonMark parsers (cmark, micromark) stop at 32. */
const maxDestinationDepth = 32

/**
 * Plain text of inline markdown: code kept literally, link and emphasis
 * syntax dropped, escapes and entities decoded. One pass, each position read
 * a bounded number of times, so that hostile text costs linear time.
 */
function inlineText(text: string): string {
  const out: string[] = []
  const escaped = new Uint8Array(text.length + 1)
  for (let at = 1; at <= text.length; at++) escaped[at] = text[at - 1] === '\\' && !escaped[at - 1] ? 1 : 0
  /** For each position, the first unescaped `]` at or after it (-1: none), made when a bracket is met. */
  let brackets: Int32Array | undefined
  /** A `]` after which no link follows: every `[` before it fails alike. */
  let failedBracket = -1
  /** Lengths of backtick runs that no run of the same length follows. */
  const unclosed = new Set<number>()
  let at = 0
  while (at < text.length) {
    const char = text[at]!
    let end = at + 1
    let piece: string | undefined = char
    if (char === '`') {
      const [opened, close] = codeSpan(at)
      end = opened
      if (close === -1) piece = text.slice(at, opened)
      else {
        // CommonMark: a line ending in a code span is a space; one space goes from each end when both have one, unless all are spaces.
        const code = text.slice(opened, close).replaceAll('\n', ' ')
        piece = code.startsWith(' ') && code.endsWith(' ') && /[^ ]/.test(code) ? code.slice(1, -1) : code
        end = close + opened - at
      }
    } else if (char === '\\' && (asciiPunctuation.test(text[end] ?? '') || text[end] === '\n')) {
      piece = text[end] // an escaped character, or the line break a backslash makes hard
      end++
    } else if (char === '[' || (char === '!' && text[end] === '[')) {
      const open = char === '[' ? at : end
      if (!brackets) {
        brackets = new Int32Array(text.length + 1).fill(-1)
        for (let index = text.length - 1; index >= 0; index--) brackets[index] = text[index] === ']' && !escaped[index] ? index : brackets[index + 1]!
      }
      const close = brackets[open + 1]!
      const destination = close !== -1 && close !== failedBracket && text[close + 1] === '(' ? destinationEnd(close + 2) : -1
      // A code span opened in the label and closed past its `]` binds first: then this is no link.
      if (destination === -1 || spanCrosses(open + 1, close)) failedBracket = close
      else {
        piece = inlineText(text.slice(open + 1, close))
        end = destination
      }
    } else if (char === '<' || char === '&') {
      // An autolink keeps its address; a character reference is decoded.
      const pattern = char === '<' ? autolink : reference
      pattern.lastIndex = at
      if (pattern.test(text)) {
        end = pattern.lastIndex
        piece = char === '<' ? text.slice(at + 1, end - 1) : decodeReference(text.slice(at, end))
      }
    } else if (char === '*' || char === '_') {
      while (text[end] === char) end++
      // Underscores inside a word (snake_case, a__b) are text, as CommonMark reads them; emphasis marks go.
      const inWord = char === '_' && wordBefore.test(text.slice(Math.max(0, at - 2), at)) && wordAfter.test(text.slice(end, end + 2))
      piece = inWord ? text.slice(at, end) : ''
    } else {
      while (end < text.length && !'`\\[!<&*_'.includes(text[end]!)) end++
      piece = text.slice(at, end)
    }
    out.push(piece!)
    at = end
  }
  return out.join('')

  /** The end of the backtick run at `at`, and where the run that closes its code span starts (-1: none, the run is text). */
  function codeSpan(at: number): [number, number] {
    let opened = at
    while (text[opened] === '`') opened++
    const fence = text.slice(at, opened)
    // The next run of exactly as many backticks closes the span.
    let close = unclosed.has(fence.length) ? -1 : text.indexOf(fence, opened)
    // indexOf finds a run's start (an earlier backtick would match first); the run must also end there.
    while (close !== -1 && text[close + fence.length] === '`') {
      while (text[close] === '`') close++
      close = text.indexOf(fence, close)
    }
    if (close === -1) unclosed.add(fence.length)
    return [opened, close]
  }

  /** Whether a code span that opens between `from` and `to` closes after `to`. */
  function spanCrosses(from: number, to: number): boolean {
    for (let index = from; index < to; index++) {
      if (text[index] === '\\') index++
      else if (text[index] === '`') {
        const [opened, close] = codeSpan(index)
        if (close > to) return true
        index = (close === -1 ? opened : close + opened - index) - 1
      }
    }
    return false
  }

  /**
   * The end (after its `)`) of a link destination that starts at `from`, just
   * after `](`; -1 when it does not close. As CommonMark parsers read one:
   * parentheses balanced up to 32 deep, `\` escaping a parenthesis or a
   * backslash, space and line endings only around it, no control character.
   * Neither a title nor a destination in angle brackets that holds a space is
   * read (the build writes neither). Scans overlap little: where two are
   * open, the earlier one is the deeper, so at most 33 are.
   */
  function destinationEnd(from: number): number {
    let index = from
    while (isSpace(text[index])) index++
    for (let depth = 0; index < text.length; index++) {
      const char = text[index]!
      const next = text[index + 1]
      if (char === '\\' && (next === '(' || next === ')' || next === '\\')) index++
      else if (char === '(' && ++depth > maxDestinationDepth) return -1
      else if (char === ')' && depth-- === 0) return index + 1
      else if (isSpace(char)) {
        if (depth > 0) return -1
        while (isSpace(text[index])) index++
        return text[index] === ')' ? index + 1 : -1
      } else if (char < ' ' || char === '\x7f') return -1
    }
    return -1
  }
}

/** Space, tab or a line ending: what CommonMark reads as white space around a link destination. */
const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\n'

/** A row of a GFM table as the build writes it (`| a | b |`), its delimiter row, and its cell pipes. */
const tableRow = /^ {0,3}\|/
const delimiterCell = /^ *:?-+:? *$/
const tablePipe = /(?<!\\)\|/g
/** One marker that opens a block, after its indent: a heading, a list item or a quote. */
const blockMarker = /\s*(?:#{1,6}\s|(?:[-*+]|\d+[.)])\s|>)/y

// Both readings go a cell or a marker at a time: a repeated group in one
// pattern overflows the stack on a line of a few MB (`'> '.repeat(4e6)`).

/** Whether a table row is its delimiter row (`| --- | :-: |`). */
function isTableDelimiter(row: string): boolean {
  let end = row.length
  while (row[end - 1] === ' ') end--
  const cells = row.slice(0, end).split('|')
  return cells.length > 2 && cells.at(-1) === '' && cells.slice(1, -1).every((cell) => delimiterCell.test(cell))
}

/** A line without the markers that open its blocks, nested in any order. */
function withoutBlockMarkers(line: string): string {
  let at = 0
  // Each match leaves lastIndex after its marker, where the next one must start; a failed one resets it.
  for (blockMarker.lastIndex = 0; blockMarker.test(line); ) at = blockMarker.lastIndex
  return line.slice(at)
}

/**
 * The plain-text form of catalog markdown (a message, cause, solution,
 * description or a whole docs page), for logs and terminals: no markdown
 * syntax, literal text such as `<country>` kept, whitespace collapsed, an
 * invalid numeric character reference as U+FFFD. Linear in the length of the
 * text; `''` for a value that is not a string. It reads the markdown the build
 * writes as a CommonMark parser does (a test holds this on every catalog
 * string). It reads otherwise, keeping the link literal, a `]` inside a code
 * span inside a link's text, a link title and a destination in angle brackets
 * that holds a space: the build writes none of them, and no entry has one.
 *
 * @example
 * ```ts
 * toPlainText('Set `Content-Type: audio/mpeg`, see [the docs](https://example.com).')
 * // 'Set Content-Type: audio/mpeg, see the docs.'
 * ```
 */
export function toPlainText(markdown: string): string {
  if (typeof markdown !== 'string') return ''
  // Block syntax goes line by line; inline syntax may span lines, so the lines of a paragraph are read together.
  const parts: string[] = []
  let text: string[] = []
  const flush = () => {
    parts.push(inlineText(text.join('\n')))
    text = []
  }
  for (const line of markdownLines(markdown)) {
    if (line.kind === 'code') parts.push(line.text)
    // Inline syntax never spans a fence or a blank line (a paragraph's end).
    else if (line.kind === 'fence' || line.text.trim() === '') flush()
    else if (tableRow.test(line.text)) {
      if (!isTableDelimiter(line.text)) text.push(line.text.replace(tablePipe, ' '))
    } else text.push(withoutBlockMarkers(line.text))
  }
  flush()
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}
