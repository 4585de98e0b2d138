import type { Nodes } from 'mdast'
import { stripHtmlTags } from './html.ts'

/** Collapse whitespace runs to one space and trim. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()

/**
 * Clean a one-line header value (Message, Secondary Message): tags of real HTML
 * elements removed with their text kept, whitespace collapsed; literal
 * angle-bracket text such as `<country>` survives.
 */
export const cleanInline = (text: string): string => collapse(stripHtmlTags(text))

/**
 * Plain text of mdast nodes: text and code content kept literally, markup
 * dropped, blocks separated by a space, whitespace collapsed.
 */
export function nodesToPlainText(nodes: Nodes | Nodes[]): string {
  const parts: string[] = []
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value)
    else if (node.type === 'break') parts.push(' ')
    else if (node.type === 'image') parts.push(node.alt ?? '')
    if ('children' in node) {
      const block =
        node.type === 'root' ||
        node.type === 'list' ||
        node.type === 'listItem' ||
        node.type === 'blockquote' ||
        node.type === 'table' ||
        node.type === 'tableRow'
      for (const child of node.children) {
        walk(child)
        if (block) parts.push(' ')
      }
    }
  }
  for (const node of Array.isArray(nodes) ? nodes : [nodes]) {
    walk(node)
    parts.push(' ')
  }
  return collapse(parts.join(''))
}

/**
 * Whether two strings differ by at most `limit` single-character edits
 * (a banded Levenshtein distance, so the cost stays linear in the length).
 */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : Infinity))
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(Infinity)
    if (i <= limit) current[0] = i
    let best = current[0]!
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1)
      best = Math.min(best, current[j]!)
    }
    if (best > limit) return false
    previous = current
  }
  return previous[b.length]! <= limit
}

/** The words of a text, lower-case: what "compared as plain words" means in the catalog rules. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** A test of whether a run of words stands in these words, as whole consecutive words (the words joined once). */
export function wordRuns(haystack: readonly string[]): (needle: readonly string[]) => boolean {
  const text = ` ${haystack.join(' ')} `
  return (needle) => needle.length > 0 && text.includes(` ${needle.join(' ')} `)
}
