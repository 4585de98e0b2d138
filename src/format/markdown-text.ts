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

const decodeEntity = (entity: string): string => {
  if (entity[1] === '#') {
    const hex = entity[2] === 'x' || entity[2] === 'X'
    return String.fromCodePoint(parseInt(entity.slice(hex ? 3 : 2, -1), hex ? 16 : 10))
  }
  return named[entity.slice(1, -1)] ?? entity
}

const inline =
  /(`+)([\s\S]*?)\1(?!`)|\\([!-/:-@[-`{-~])|!?\[((?:\\[\s\S]|[^\]\\])*)\]\((?:[^()\s]|\([^()]*\))*\)|<((?:https?|mailto):[^>\s]*)>|&(?:#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);|\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu

/** Plain text of inline markdown: code kept literally, link and emphasis syntax dropped, escapes and entities decoded. */
function inlineText(markdown: string): string {
  return markdown.replace(inline, (match, _ticks, code?: string, escaped?: string, label?: string, url?: string) => {
    if (code !== undefined) return code.length > 2 && code.startsWith(' ') && code.endsWith(' ') ? code.slice(1, -1) : code
    if (escaped !== undefined) return escaped
    if (label !== undefined) return inlineText(label)
    if (url !== undefined) return url
    if (match.startsWith('&')) return decodeEntity(match)
    return ''
  })
}

/** A row of a GFM table as the build writes it (`| a | b |`), its delimiter row, and its cell pipes. */
const tableRow = /^ {0,3}\|/
const tableDelimiter = /^ {0,3}\|(?: *:?-+:? *\|)+ *$/
const tablePipe = /(?<!\\)\|/g
/** A backslash ending a line is a hard line break. */
const hardBreak = /(?<!\\)\\$/

/**
 * The plain-text form of catalog markdown (a message, cause, solution,
 * description or a whole docs page), for logs and terminals: no markdown
 * syntax, literal text such as `<country>` kept, whitespace collapsed.
 *
 * @example
 * ```ts
 * toPlainText('Set `Content-Type: audio/mpeg`, see [the docs](https://example.com).')
 * // 'Set Content-Type: audio/mpeg, see the docs.'
 * ```
 */
export function toPlainText(markdown: string): string {
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
    } else text.push(line.text.replace(/^\s*(?:#{1,6}\s+|(?:[-*+]|\d+[.)])\s+|>\s?)*/, '').replace(hardBreak, ''))
  }
  flush()
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}
