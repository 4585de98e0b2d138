import type { Heading, Root, RootContent } from 'mdast'
import type { Point } from 'unist'
import { collapse, nodesToPlainText } from './plain-text.ts'

/** A heading that only names the level, maybe with a code: `Error - 11200`, `Warning`, `Error Code 20011`. */
export interface LevelHeading {
  word: 'error' | 'warning'
  code: number | undefined
  place: Point
}

export type SectionKind = 'causes' | 'solutions'

/** A docs section: its heading, what it is (causes, solutions or another topic) and its content. */
export interface Section {
  kind: SectionKind | undefined
  heading: Heading
  /** The heading as plain text. */
  title: string
  nodes: RootContent[]
}

/** The docs body cut along its headings, as the catalog rules define them. */
export interface Outline {
  levelHeadings: LevelHeading[]
  /** The first heading that is not a level heading, before any content: the docs' own title. */
  title: { text: string; heading: Heading; place: Point } | undefined
  /** Content between the title heading(s) and the first section heading. */
  prose: RootContent[]
  /** Every other heading with the content up to the next heading, in document order. */
  sections: Section[]
  /** Headings dropped as repeats of the title (a second `## Warning`, the title again). */
  repeatedTitles: Point[]
}

const levelHeadingPattern = /^(error|warning)(?:\s*-?\s*(?:code\s+)?(\d+))?$/i
const causesPattern = /^(possible\s+)?causes?$/i
const solutionsPattern = /^(possible\s+)?solutions?$/i

export const headingText = (heading: Heading): string => collapse(nodesToPlainText(heading))

/** Read a level heading's text, or undefined when it is a heading of another kind. */
export function readLevelHeading(text: string): { word: 'error' | 'warning'; code: number | undefined } | undefined {
  const match = levelHeadingPattern.exec(text)
  if (!match) return undefined
  return { word: match[1]!.toLowerCase() as 'error' | 'warning', code: match[2] === undefined ? undefined : Number(match[2]) }
}

/** `causes` / `solutions` when a heading (or a label) names such a section: any case, trailing colon ignored. */
export function sectionKind(text: string): SectionKind | undefined {
  const name = text.replace(/:\s*$/, '').trim()
  if (causesPattern.test(name)) return 'causes'
  if (solutionsPattern.test(name)) return 'solutions'
  return undefined
}

const start = (node: RootContent): Point => node.position?.start ?? { line: 1, column: 1 }

/**
 * Cut a docs tree into title, prose and sections. Every heading of any level
 * starts a section and ends the one before; a heading without text is ignored.
 */
export function outline(tree: Root): Outline {
  const result: Outline = { levelHeadings: [], title: undefined, prose: [], sections: [], repeatedTitles: [] }
  let target: RootContent[] = result.prose
  let inTitle = true
  let titleKey: string | undefined

  for (const node of tree.children) {
    if (node.type !== 'heading') {
      inTitle = false
      target.push(node)
      continue
    }
    const text = headingText(node)
    if (text === '') continue
    const level = readLevelHeading(text)
    if (level) {
      if (inTitle) result.levelHeadings.push({ ...level, place: start(node) })
      else result.repeatedTitles.push(start(node))
      continue
    }
    const kind = sectionKind(text)
    if (!kind && inTitle && !result.title) {
      result.title = { text, heading: node, place: start(node) }
      titleKey = text.toLowerCase()
      continue
    }
    if (!kind && titleKey === text.toLowerCase() && target === result.prose) {
      result.repeatedTitles.push(start(node))
      continue
    }
    inTitle = false
    const section: Section = { kind, heading: node, title: text, nodes: [] }
    result.sections.push(section)
    target = section.nodes
  }
  return result
}

/** The content of every section of a kind, in order; undefined when no heading names that kind. */
export function sectionsOf(docs: Outline, kind: SectionKind): RootContent[] | undefined {
  const found = docs.sections.filter((section) => section.kind === kind)
  return found.length === 0 ? undefined : found.flatMap((section) => section.nodes)
}
