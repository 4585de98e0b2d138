import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { report } from './diagnostics.ts'
import type { Field, HeaderFields } from './fields.ts'
import { toItems } from './items.ts'
import { parseMarkdown, toMarkdown, type Origin } from './markdown.ts'
import { outline, readLevelHeading, headingText, type Outline } from './outline.ts'
import type { DraftEntry, Level } from './schema.ts'
import type { RawEntry } from './split.ts'
import { cleanInline, collapse, nodesToPlainText, withinEdits } from './text.ts'

const fillerWords = /^(placeholder|n\/a|error|warning)$/i
/** Cause or solution wording outside a heading: "Possible causes" in running text, or a table column. */
const unintroducedWording = (kind: 'causes' | 'solutions') => {
  const word = kind === 'causes' ? 'causes?' : 'solutions?'
  return new RegExp(`\\bpossible ${word}\\b|^\\s*\\|.*\\b${word}\\b.*\\|`, 'im')
}
const examplePrefix = /^Example Message:\s*/i

/** The docs body of an entry, or of an override that replaces it, and the file it stands in. */
export interface DocsSource {
  text: string
  line: number
  file: VFile
}

/**
 * Apply the catalog rules to one entry: header fields win over the docs,
 * the docs are cut into title, prose and sections, and every data problem
 * met on the way is reported where it stands.
 */
export function buildEntry(file: VFile, raw: RawEntry, header: HeaderFields, docsSource: DocsSource = { ...raw.docs, file }): DraftEntry {
  const { code } = raw
  const { fields, level } = header
  const related = new Set<number>()
  const origin = (line: number, inFile = file): Origin => ({ file: inFile, code, line })
  const parseField = (field: Field | undefined): Root | undefined => (field ? parseMarkdown(field.value, origin(field.place.line), related) : undefined)
  const warn = (reason: string, place: Point, ruleId: string, inFile = file) => report(inFile, 'warning', reason, place, ruleId, 'entry')
  const warnDocs: Warn = (reason, place, ruleId) => warn(reason, place, ruleId, docsSource.file)
  const info: Warn = (reason, place, ruleId) => report(docsSource.file, 'info', reason, place, ruleId, 'entry')
  const at = (point: Point, base: number): Point => ({ line: base + point.line - 1, column: point.column })

  const hasDocs = docsSource.text.trim() !== 'null'
  const docsTree: Root = hasDocs ? parseMarkdown(docsSource.text, origin(docsSource.line, docsSource.file), related) : { type: 'root', children: [] }
  const docs = outline(docsTree)
  checkLevelHeadings(docs, code, level, docsSource.line, warnDocs, at)

  // Parsed for its links only: `related` counts links anywhere in the entry.
  parseField(fields.Message)

  const message = readMessage(fields.Message, docs, code, level, docsSource.line, warnDocs)
  const secondary = readSecondary(fields['Secondary Message'], code, warn)
  // The secondary message as clean markdown, for the docs page and for spotting copies of it.
  const secondaryTree = secondary ? parseMarkdown(secondary.markdown, origin(secondary.place.line), related) : undefined
  const secondaryPlain = secondaryTree ? nodesToPlainText(secondaryTree) : undefined

  const causes = readItems(parseField(fields.Cause), docs.causes)
  const solutions = readItems(parseField(fields.Solutions), docs.solutions)

  const descriptionField = parseField(fields.Description)
  let descriptionNodes = descriptionField ? withoutTitleHeadings(descriptionField.children, message) : docs.prose
  // A near copy is reported where it stands: in the Description field or in the docs.
  const [copyLine, reportCopy] = descriptionField ? [fields.Description!.place.line, warn] : [docsSource.line, warnDocs]
  descriptionNodes = withoutLeadingCopy(descriptionNodes, secondaryPlain, (place) =>
    reportCopy(`Unexpected near copy of the secondary message in \`${code}\`, a typo in one of them?`, at(place, copyLine), 'typo-between-fields'),
  )
  let sections = docs.sections
  if (descriptionField) {
    // Docs often repeat the Description field; keep only docs sections it does not already hold.
    const held = nodesToPlainText(descriptionField)
    sections = sections.filter((section) => !held.includes(nodesToPlainText(section.nodes)))
  }
  const description = descriptionNodes.length > 0 ? toMarkdown(shiftHeadings(descriptionNodes)) : null

  reportDifferences({ code, docs, docsSource, fields, message, secondaryPlain, descriptionField, causes, solutions, hasDocs }, warnDocs, info, at)

  return {
    code,
    level,
    message,
    secondaryMessage: secondary?.text ?? null,
    description: description === '' ? null : description,
    causes,
    solutions,
    sections: sections
      .map((section) => ({ title: section.title, body: toMarkdown(shiftHeadings(section.nodes)) }))
      .filter((section) => section.body !== ''),
    related: [...related].sort((a, b) => a - b),
    docsSecondary: secondaryTree && secondaryTree.children.length > 0 ? toMarkdown(secondaryTree.children) : null,
    hasDocs,
  }
}

type Warn = (reason: string, place: Point, ruleId: string) => void

/** What buildEntry read of an entry, for the report of differences. */
interface EntryReading {
  code: number
  docs: Outline
  docsSource: DocsSource
  fields: HeaderFields['fields']
  message: string
  secondaryPlain: string | undefined
  descriptionField: Root | undefined
  causes: string[]
  solutions: string[]
  hasDocs: boolean
}

/**
 * Report what the docs say differently from what the entry keeps: wording of
 * causes or solutions under no heading (a warning), and a docs title, prose or
 * section that a header field replaces (infos, so that nothing is dropped silently).
 */
function reportDifferences(read: EntryReading, warnDocs: Warn, info: Warn, at: (point: Point, base: number) => Point): void {
  const { code, docs, docsSource, fields, message, secondaryPlain, descriptionField, causes, solutions, hasDocs } = read
  for (const [kind, items, section] of [['causes', causes, docs.causes], ['solutions', solutions, docs.solutions]] as const) {
    if (items.length === 0 && !section && hasDocs && unintroducedWording(kind).test(docsSource.text)) {
      warnDocs(`Unexpected ${kind} in \`${code}\` that no recognised heading introduces (in running text or a table): none taken`, { line: docsSource.line, column: 1 }, `unintroduced-${kind}`)
    }
  }
  if (docs.title && fields.Message && comparable(docs.title.text) !== comparable(message)) {
    info(`Docs title \`${docs.title.text}\` of \`${code}\` differs from its message: the docs page shows the message`, at(docs.title.place, docsSource.line), 'title-differs-from-message')
  }
  for (const place of docs.repeatedTitles) info(`Repeated title heading in the docs of \`${code}\`: dropped`, at(place, docsSource.line), 'repeated-title')
  if (descriptionField && docs.prose.length > 0) {
    const prose = nodesToPlainText(withoutLeadingCopy(docs.prose, secondaryPlain, () => {}))
    if (!comparable(nodesToPlainText(descriptionField)).includes(comparable(prose))) {
      info(`Docs prose of \`${code}\` differs from its Description field: the field wins`, at(docs.prose[0]!.position!.start, docsSource.line), 'description-differs-from-docs')
    }
  }
  for (const [name, items, section] of [['Cause', causes, docs.causes], ['Solutions', solutions, docs.solutions]] as const) {
    const field = fields[name]
    if (field && section && comparable(items.join(' ')) !== comparable(toItems(section).join(' '))) {
      info(`Docs section of \`${code}\` differs from its \`${name}\` field: the field wins`, field.place, 'field-differs-from-docs')
    }
  }
}

function checkLevelHeadings(docs: Outline, code: number, level: Level, line: number, warn: Warn, at: (point: Point, base: number) => Point): void {
  for (const heading of docs.levelHeadings) {
    if (heading.word !== level) {
      warn(`Unexpected \`${heading.word}\` in the docs heading of \`${code}\`, its log level is \`${level}\`: level kept`, at(heading.place, line), 'docs-level-conflict')
    }
    if (heading.code !== undefined && heading.code !== code) {
      warn(`Unexpected code \`${heading.code}\` in the docs heading of \`${code}\`: docs of another entry?`, at(heading.place, line), 'docs-code-conflict')
    }
  }
}

function readMessage(field: Field | undefined, docs: Outline, code: number, level: Level, line: number, warn: Warn): string {
  if (field) return cleanInline(field.value)
  if (docs.title) return docs.title.text
  const fallback = `${level === 'error' ? 'Error' : 'Warning'} ${code}`
  warn(`Unexpected entry \`${code}\` without a message, in its header or docs: using \`${fallback}\``, { line, column: 1 }, 'missing-message')
  return fallback
}

function readSecondary(field: Field | undefined, code: number, warn: Warn): { text: string; markdown: string; place: Point } | undefined {
  if (!field) return undefined
  const markdown = field.value.replace(examplePrefix, '')
  const text = cleanInline(markdown)
  if (fillerWords.test(text)) warn(`Unexpected filler secondary message \`${text}\` in \`${code}\``, field.place, 'filler-secondary-message')
  return { text, markdown, place: field.place }
}

function readItems(field: Root | undefined, section: RootContent[] | undefined): string[] {
  if (field) return toItems(field.children)
  return section ? toItems(section) : []
}

/** Drop the level and title headings a Description field sometimes repeats. */
function withoutTitleHeadings(nodes: RootContent[], message: string): RootContent[] {
  return nodes.filter((node) => {
    if (node.type !== 'heading') return true
    const text = headingText(node)
    return !(readLevelHeading(text) || text.toLowerCase() === message.toLowerCase())
  })
}

const comparable = (text: string) => collapse(text.replace(examplePrefix, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"')).toLowerCase().replace(/[.\s]+$/, '')

/**
 * Remove a leading copy of the secondary message: the whole first paragraph
 * when it is that message (or within a typo of it, reported), or the copy at
 * its start when more text follows.
 */
function withoutLeadingCopy(nodes: RootContent[], secondary: string | undefined, onTypo: (place: Point) => void): RootContent[] {
  const [first, ...rest] = nodes
  if (!secondary || first?.type !== 'paragraph') return nodes
  const paragraph = comparable(nodesToPlainText(first))
  const wanted = comparable(secondary)
  if (wanted === '') return nodes
  if (paragraph === wanted) return rest
  if (withinEdits(paragraph, wanted, Math.max(2, Math.floor(wanted.length / 40)))) {
    onTypo(first.position?.start ?? { line: 1, column: 1 })
    return rest
  }
  const remainder = cutPrefix(first, secondary)
  return remainder ? [remainder, ...rest] : nodes
}

/** The paragraph without its leading `prefix` (compared ignoring case and whitespace), or undefined when it does not start with it. */
function cutPrefix(paragraph: Paragraph, prefix: string): Paragraph | undefined {
  const wanted = prefix.replace(/\s+/g, '').toLowerCase()
  let matched = 0
  const children = [...paragraph.children]
  while (children.length > 0 && matched < wanted.length) {
    const child = children[0]!
    if (child.type !== 'text') {
      const plain = nodesToPlainText(child).replace(/\s+/g, '').toLowerCase()
      if (!wanted.startsWith(plain, matched)) return undefined
      matched += plain.length
      children.shift()
      continue
    }
    let index = 0
    for (; index < child.value.length && matched < wanted.length; index++) {
      const char = child.value[index]!
      if (/\s/.test(char)) continue
      if (char.toLowerCase() !== wanted[matched]) return undefined
      matched++
    }
    const left = child.value.slice(index).trimStart()
    if (left === '') children.shift()
    else children[0] = { ...child, value: left }
  }
  if (matched < wanted.length || children.length === 0) return undefined
  return { ...paragraph, children: children as PhrasingContent[] }
}

/** Headings inside a description or section sit below the docs' section headings. */
function shiftHeadings(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) => (node.type === 'heading' ? ({ ...node, depth: 5 } satisfies Heading) : node))
}
