import type { Paragraph, PhrasingContent, RootContent } from 'mdast'
import { nodesToPlainText, withinEdits, wordRuns, wordsOf } from './plain-text.ts'

/**
 * Where a sentence ends inside text: `.`, `!` or `?`, closing quotes or
 * brackets, then white space; or a colon before a list flattened into the
 * text (21422's "in a few ways: - SignalWire does not own…").
 */
const sentenceEnd = /[.!?]['"’”)\]]*\s+|:\s+(?=[-*•]\s)/

/** Cut a paragraph into its sentences, each a run of phrasing nodes; sentences end only inside text nodes. */
export function splitSentences(paragraph: Paragraph): PhrasingContent[][] {
  const sentences: PhrasingContent[][] = []
  let current: PhrasingContent[] = []
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      current.push(child)
      continue
    }
    let rest = child.value
    for (let match = sentenceEnd.exec(rest); match; match = sentenceEnd.exec(rest)) {
      const end = match.index + match[0].length
      current.push({ type: 'text', value: rest.slice(0, end) })
      sentences.push(current)
      current = []
      rest = rest.slice(end)
    }
    if (rest !== '') current.push({ type: 'text', value: rest })
  }
  if (current.length > 0) sentences.push(current)
  return sentences
}

/** A leading label the vendor puts before a copy of a message. */
const label = /^example message\b/

/**
 * Drop the leading sentences of some blocks that a message already says: whole
 * paragraphs, then the first sentences of the next one, so that what is left
 * is whole sentences. A sentence is said when its words stand in the message's
 * (a label such as `Example Message:` aside), or when it is the whole message
 * but for a typo or two (`onTypo` is told where).
 */
export function withoutSaidSentences(nodes: readonly RootContent[], message: string | undefined, onTypo: (node: RootContent) => void): RootContent[] {
  if (!message) return [...nodes]
  const said = wordsOf(message)
  const inMessage = wordRuns(said)
  const whole = said.join(' ')
  /** How a sentence is said: in the same words, within a typo or two of the whole message, or not. */
  const saying = (text: string): 'words' | 'typo' | undefined => {
    const sentence = wordsOf(text).join(' ').replace(label, '').trim()
    if (sentence === '' || inMessage(sentence.split(' '))) return 'words'
    return withinEdits(sentence, whole, Math.max(2, Math.floor(whole.length / 40))) ? 'typo' : undefined
  }
  const rest = [...nodes]
  while (rest[0]?.type === 'paragraph') {
    const first = rest[0]
    const sentences = splitSentences(first)
    let dropped = 0
    while (dropped < sentences.length) {
      const how = saying(nodesToPlainText(sentences[dropped]!))
      if (!how) break
      if (how === 'typo') onTypo(first)
      dropped++
    }
    if (dropped === 0) break
    if (dropped === sentences.length) {
      rest.shift()
      continue
    }
    const remaining = sentences.slice(dropped).flat()
    const [head] = remaining
    if (head?.type === 'text') remaining[0] = { ...head, value: head.value.trimStart() }
    rest[0] = { ...first, children: remaining }
    break
  }
  return rest
}

/** The plain text of a block's own sentences: a paragraph, heading, table cell or code block, cut at sentence ends. */
export function blockSentences(root: { children: readonly RootContent[] }): string[][] {
  const sentences: string[][] = []
  const walk = (node: RootContent): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') {
      for (const sentence of nodesToPlainText(node).split(sentenceEnd)) {
        const words = wordsOf(sentence)
        if (words.length > 0) sentences.push(words)
      }
    } else if ('children' in node) for (const child of node.children) walk(child as RootContent)
  }
  for (const node of root.children) walk(node)
  return sentences
}

/** A body sentence says a sentence when it holds at least this share of its words. */
const sayingShare = 0.8

/** How many of a sentence's words (counted with repeats) another sentence holds. */
function sharedWords(sentence: readonly string[], other: readonly string[]): number {
  const left = new Map<string, number>()
  for (const word of other) left.set(word, (left.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of sentence) {
    const count = left.get(word) ?? 0
    if (count > 0) {
      shared++
      left.set(word, count - 1)
    }
  }
  return shared
}

/** Whether one of the body's sentences holds at least 80% of a sentence's words (catalog rules, "docs" → Faithful). */
export const bodySaysSentence = (body: readonly (readonly string[])[], sentence: readonly string[]): boolean =>
  body.some((other) => sharedWords(sentence, other) >= sentence.length * sayingShare)

/** A sentence of a secondary message, as phrasing nodes, with its plain words. */
export interface SecondarySentence {
  nodes: PhrasingContent[]
  words: string[]
  text: string
}

/**
 * The blocks of a secondary message with only the sentences a test keeps,
 * verbatim and in order: a paragraph is cut into sentences, any other block
 * (a list, a heading) is kept or dropped whole.
 */
export function keepSentences(blocks: readonly RootContent[], keep: (sentence: SecondarySentence) => boolean): RootContent[] {
  const kept: RootContent[] = []
  for (const block of blocks) {
    if (block.type !== 'paragraph') {
      const text = nodesToPlainText(block)
      if (keep({ nodes: [], words: wordsOf(text), text })) kept.push(block)
      continue
    }
    const sentences = splitSentences(block)
      .map((nodes) => ({ nodes, text: nodesToPlainText(nodes).trim() }))
      .filter((sentence) => sentence.text !== '')
      .filter((sentence) => keep({ ...sentence, words: wordsOf(sentence.text) }))
    if (sentences.length === 0) continue
    const children = sentences.flatMap((sentence) => sentence.nodes)
    // A sentence that followed a dropped one starts the paragraph: no white space before it, none after the last.
    const [head] = children
    if (head?.type === 'text') children[0] = { ...head, value: head.value.trimStart() }
    const tail = children[children.length - 1]
    if (tail?.type === 'text') children[children.length - 1] = { ...tail, value: tail.value.trimEnd() }
    kept.push({ ...block, children })
  }
  return kept
}
