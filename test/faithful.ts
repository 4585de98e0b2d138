/**
 * The oracle of the faithful-docs rule (docs/catalog-rules.md, "docs" → Faithful):
 * every sentence of an entry's raw docs body is on its page, and no sentence
 * is on the page more often than the body says it. It reads markdown with a
 * CommonMark parser (plus GFM tables), not with the pipeline's own modules.
 */
import type { Nodes, Root } from 'mdast'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** CommonMark plus GFM tables, the oracle's reading of markdown (also the tests' plain-text oracle). */
export const parser = unified().use(remarkParse).data('micromarkExtensions', [gfmTable()]).data('fromMarkdownExtensions', [gfmTableFromMarkdown()])

/** Tags of real HTML elements the vendor's text uses; other angle-bracket text (`<country>`) is text. */
const htmlTag = /^<\/?(a|b|i|em|strong|span|br|p|div|code|u)\b[^>]*>$/i
/** Lines the rules normalise or drop: level headings, causes/solutions headings and bare section labels. */
const normalised = /^(?:(?:error|warning)(?: code)?(?: \d+)?|(?:possible )?(?:causes?|solutions?))$/

/** Words of a text, lower-case, joined by single spaces. */
export const words = (text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')

/** The texts of a markdown tree's leaf blocks (paragraphs, headings, table cells, code), in order. */
function blockTexts(tree: Root): string[] {
  const texts: string[] = []
  const inline = (node: Nodes): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value
    if (node.type === 'html') return htmlTag.test(node.value.trim()) ? '' : node.value
    if (node.type === 'break') return ' '
    if (node.type === 'image') return node.alt ?? ''
    return 'children' in node ? node.children.map(inline).join('') : ''
  }
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') texts.push(inline(node))
    else if (node.type === 'code' || node.type === 'html') texts.push(inline(node))
    else if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return texts
}

/** A `<b>…</b>` line is a heading in this catalog: its text is a block of its own. */
const parse = (markdown: string): Root => parser.parse(markdown.replace(/^ {0,3}<b>(.*?)<\/b>\s*$/gim, '#### $1\n'))

/** The sentences of markdown, each as its words: blocks split after `.`, `!` or `?`. */
export function sentences(markdown: string): string[] {
  return blockTexts(parse(markdown))
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .map(words)
    .filter((sentence) => sentence !== '' && !normalised.test(sentence.replace(/ \d+$/, '')))
}

/** All the words of markdown, with a space at both ends, for counting word sequences. */
export const textWords = (markdown: string): string => ` ${blockTexts(parse(markdown)).map(words).join(' ')} `

const count = (haystack: string, sentence: string): number => haystack.split(` ${sentence} `).length - 1

export interface Faithfulness {
  /** Sentences of the raw body that the page does not say. */
  missing: string[]
  /** Sentences the page says more often than the body (the secondary message and the message counted once). */
  repeated: string[]
}

/**
 * Compare a page with the raw docs body it was made from. The page may add
 * its head (level and code, and the message as title where the body has none)
 * and the secondary message once, as the rules allow.
 */
export function faithfulness(
  body: string,
  page: string,
  extra: { code: number; level: string; message: string; secondary: string | null },
): Faithfulness {
  const pageWords = textWords(page)
  const bodyWords = textWords(body)
  const head = [`${extra.level} ${extra.code}`, extra.message].map((text) => ` ${words(text)} `)
  // The secondary message is markdown too: its link targets are not words the page says.
  const secondary = textWords(extra.secondary ?? '')
  const bodySentences = [...new Set(sentences(body))]
  const missing = bodySentences.filter((sentence) => count(pageWords, sentence) === 0)
  const candidates = new Set([...bodySentences, ...sentences(page)])
  const repeated = [...candidates].filter((sentence) => {
    const allowed = Math.max(count(bodyWords, sentence), count(secondary, sentence)) + head.reduce((sum, text) => sum + count(text, sentence), 0)
    return count(pageWords, sentence) > allowed
  })
  return { missing, repeated }
}
