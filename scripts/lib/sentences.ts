import type { Paragraph, PhrasingContent, RootContent } from 'mdast'
import { nodesToPlainText, withinEdits, wordRuns, wordsOf } from './plain-text.ts'

/** Where a sentence ends inside text: `.`, `!` or `?`, closing quotes or brackets, then white space. */
const sentenceEnd = /[.!?]['"’”)\]]*\s+/

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
