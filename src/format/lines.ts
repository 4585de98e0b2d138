/**
 * The one fence rule of the project: a line of up to three spaces and three
 * or more backticks or tildes opens a fenced code block, and a line of the same
 * character, at least as long, closes it (CommonMark). Used by the build and
 * the runtime alike. Dependency-free and side-effect-free.
 */

/** A line of markdown: text, a fence (opening or closing a code block), or code inside one. */
export interface MarkdownLine {
  readonly text: string
  readonly kind: 'text' | 'fence' | 'code'
}

const fenceLine = /^ {0,3}(`{3,}|~{3,})/

/** The lines of markdown, each marked with what it is. An unclosed fence runs to the end. */
export function markdownLines(markdown: string): MarkdownLine[] {
  let fence: string | undefined
  return markdown.split('\n').map((text): MarkdownLine => {
    const marker = fenceLine.exec(text)?.[1]
    if (fence === undefined) {
      if (marker === undefined) return { text, kind: 'text' }
      fence = marker
      return { text, kind: 'fence' }
    }
    if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) {
      fence = undefined
      return { text, kind: 'fence' }
    }
    return { text, kind: 'code' }
  })
}
