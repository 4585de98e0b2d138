import type { Heading, Root, RootContent } from 'mdast'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { causesHeading, listOf, solutionsHeading } from '../../src/format/page.ts'
import type { Level } from '../../src/types.ts'
import { report } from './diagnostics.ts'
import type { Field, HeaderFields } from './fields.ts'
import { toItems } from './items.ts'
import { headingMarkdown, type Origin, parseMarkdown, toMarkdown } from './markdown.ts'
import { headingText, type Outline, outline, readLevelHeading, type Section, type SectionKind, sectionsOf } from './outline.ts'
import { cleanInline, collapse, nodesToPlainText, wordRuns, wordsOf } from './plain-text.ts'
import type { DraftEntry } from './schema.ts'
import { blockSentences, bodySaysSentence, keepSentences, withoutSaidSentences } from './sentences.ts'
import type { RawEntry } from './split.ts'

const fillerWords = /^(placeholder|n\/a|error|warning)$/i
/** Cause or solution wording outside a heading: "Possible causes" in running text, or a table column. */
const unintroducedWording = (kind: 'causes' | 'solutions') => {
  const word = kind === 'causes' ? 'causes?' : 'solutions?'
  return new RegExp(`\\bpossible ${word}\\b|^\\s*\\|.*\\b${word}\\b.*\\|`, 'im')
}
const examplePrefix = /^Example Message:\s*/i
/** The body says part of a text when this many consecutive words of it stand in the body. */
const sayingWindow = 6

/** The docs body of an entry, or of an override that replaces it, and the file it stands in. */
export interface DocsSource {
  text: string
  line: number
  file: VFile
}

type Warn = (reason: string, place: Point, ruleId: string) => void

/** Sentences of the secondary message (each as it starts) that an override leaves off the page, and the override's file. */
export interface SecondaryCuration {
  offPage: readonly string[]
  file?: VFile
}

/**
 * Apply the catalog rules to one entry: header fields win over the docs for
 * the entry's fields, the docs body becomes the page, faithfully, and every
 * data problem met on the way is reported where it stands.
 */
export function buildEntry(
  file: VFile,
  raw: RawEntry,
  header: HeaderFields,
  docsSource: DocsSource = { ...raw.docs, file },
  curation: SecondaryCuration = { offPage: [] },
): DraftEntry {
  const { code } = raw
  const { fields, level } = header
  const related = new Set<number>()
  const origin = (place: number | Point, inFile = file): Origin =>
    typeof place === 'number' ? { file: inFile, code, line: place } : { file: inFile, code, line: place.line, column: place.column }
  const parseField = (field: Field | undefined): Root | undefined => (field ? parseMarkdown(field.value, origin(field.place), related) : undefined)
  const warn = (reason: string, place: Point, ruleId: string, inFile = file) =>
    report(inFile, reason, { severity: 'warning', place: place, ruleId: ruleId, source: 'entry' })
  const warnDocs: Warn = (reason, place, ruleId) => warn(reason, place, ruleId, docsSource.file)
  const info: Warn = (reason, place, ruleId) => report(docsSource.file, reason, { severity: 'info', place: place, ruleId: ruleId, source: 'entry' })
  const at = (point: Point, base: number): Point => ({ line: base + point.line - 1, column: point.column })

  const hasDocs = docsSource.text.trim() !== 'null'
  const docsTree: Root = hasDocs ? parseMarkdown(docsSource.text, origin(docsSource.line, docsSource.file), related) : { type: 'root', children: [] }
  const docs = outline(docsTree)
  checkLevelHeadings(docs, code, level, docsSource.line, warnDocs, at)
  checkFlattenedHeadings(docsTree, fields, code, docsSource.line, { docs: warnDocs, field: warn }, at)

  // Parsed for its links only: `related` counts links anywhere in the entry.
  parseField(fields.Message)

  const message = readMessage(fields.Message, docs, code, level, docsSource.line, warnDocs)
  const secondary = readSecondary(fields['Secondary Message'], code, warn)
  const secondaryTree = secondary ? parseMarkdown(secondary.markdown, origin(secondary.place), related) : undefined
  const secondaryPlain = secondaryTree ? nodesToPlainText(secondaryTree) : undefined

  // Each docs section is turned into markdown once, for the entry's fields and its page alike.
  const read = docs.sections.map(
    (section): ReadSection => ({
      ...section,
      items: section.kind ? toItems(section.nodes) : [],
      markdown: section.kind ? '' : toMarkdown(section.nodes),
    }),
  )
  const proseMarkdown = toMarkdown(docs.prose)
  const causes = readItems(parseField(fields.Cause), read, 'causes')
  const solutions = readItems(parseField(fields.Solutions), read, 'solutions')

  // The description: the Description field, else the docs prose; either without the sentences the secondary message says.
  const descriptionField = parseField(fields.Description)
  const [copyLine, reportCopy] = descriptionField ? [fields.Description!.place.line, warn] : [docsSource.line, warnDocs]
  const descriptionNodes = withoutSaidSentences(
    descriptionField ? withoutTitleHeadings(descriptionField.children, message) : docs.prose,
    secondaryPlain,
    (node) =>
      reportCopy(
        `Unexpected near copy of the secondary message in \`${code}\`, a typo in one of them?`,
        at(node.position?.start ?? { line: 1, column: 1 }, copyLine),
        'typo-between-fields',
      ),
  )
  let sections = read.filter((section) => section.kind === undefined && section.nodes.length > 0)
  if (descriptionField) {
    // Docs often repeat the Description field; keep only docs sections it does not already hold.
    const held = nodesToPlainText(descriptionField)
    sections = sections.filter((section) => !held.includes(nodesToPlainText(section.nodes)))
  }
  const uncut =
    !descriptionField && descriptionNodes.length === docs.prose.length && descriptionNodes.every((node, index) => node === docs.prose[index])
  const description = uncut ? proseMarkdown : toMarkdown(shiftHeadings(descriptionNodes))

  // The page shows the secondary message's sentences that the body does not already say.
  const inBody = wordRuns(wordsOf(nodesToPlainText(docsTree)))
  // Read only where there is a secondary message to compare: most entries have none.
  let bodySentences: string[][] | undefined
  const offPage = new Set<string>()
  const shownSecondary = keepSentences(secondaryTree?.children ?? [], (sentence) => {
    if (sentence.words.length === 0) return false
    bodySentences ??= blockSentences(docsTree)
    if (bodySaysSentence(bodySentences, sentence.words)) {
      if (!inBody(sentence.words))
        warn(
          `Unexpected sentence of the secondary message of \`${code}\` that its docs say in other words: "${sentence.text}"; the page shows the docs' words`,
          secondary!.place,
          'secondary-differs-from-docs',
        )
      return false
    }
    const curated = curation.offPage.find((start) => sentence.text.startsWith(start))
    if (curated !== undefined) {
      offPage.add(curated)
      return false
    }
    // A sentence the body partly says in other words: the vendor's two texts may disagree (21211, 21401).
    if (hasDocs && bodySays(inBody, sentence.words))
      warn(
        `Unexpected sentence of the secondary message of \`${code}\` that its docs say otherwise: "${sentence.text}"; the page shows it (a curation may leave it off)`,
        secondary!.place,
        'secondary-differs-from-docs',
      )
    return true
  })
  for (const start of curation.offPage.filter((start) => !offPage.has(start)))
    report(curation.file ?? file, `Unexpected \`offPage\` sentence of \`${code}\` that starts no sentence its page would show: "${start}"`, {
      severity: 'error',
      place: { line: 1, column: 1 },
      ruleId: 'invalid-override',
      source: 'override',
    })

  reportDifferences({ code, docs, docsSource, fields, message, descriptionField, secondaryPlain, causes, solutions, hasDocs }, warnDocs, info, at)

  return {
    code,
    level,
    message,
    secondaryMessage: secondary?.text ?? null,
    description: description === '' ? null : description,
    causes,
    solutions,
    sections: sections.map((section) => ({ title: section.title, body: section.markdown })),
    related: [...related].sort((a, b) => a - b),
    page: hasDocs
      ? {
          // A title that reads as the message is the message, whatever its markup.
          title: docs.title && docs.title.text !== message ? headingMarkdown(docs.title.heading) : null,
          body: [toMarkdown(shownSecondary), proseMarkdown, ...read.map(sectionMarkdown)].filter((block) => block !== '').join('\n\n'),
        }
      : null,
  }
}

/** Whether the docs body says part of a text: some run of six of its words (all, when shorter) stands in the body. */
function bodySays(inBody: (words: readonly string[]) => boolean, secondary: readonly string[]): boolean {
  const size = Math.min(sayingWindow, secondary.length)
  for (let start = 0; start + size <= secondary.length; start++) if (inBody(secondary.slice(start, start + size))) return true
  return false
}

/** A docs section with its causes or solutions (for a section of that kind) or its markdown (for another topic). */
interface ReadSection extends Section {
  items: string[]
  markdown: string
}

/** A page section: fixed headings and one list item per cause or solution; any other section as the docs write it. */
function sectionMarkdown(section: ReadSection): string {
  const [heading, body] =
    section.kind === undefined
      ? [headingMarkdown(section.heading), section.markdown]
      : [section.kind === 'causes' ? causesHeading : solutionsHeading, listOf(section.items)]
  return body === '' ? `#### ${heading}` : `#### ${heading}\n\n${body}`
}

/** What buildEntry read of an entry, for the report of differences. */
interface EntryReading {
  code: number
  docs: Outline
  docsSource: DocsSource
  fields: HeaderFields['fields']
  message: string
  descriptionField: Root | undefined
  secondaryPlain: string | undefined
  causes: string[]
  solutions: string[]
  hasDocs: boolean
}

/** Words that say nothing of what a title is about, and the `Verb:` or `Product->` prefix most messages start with. */
const stopWords = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'to',
  'for',
  'in',
  'on',
  'is',
  'was',
  'not',
  'be',
  'or',
  'with',
  'by',
  'your',
  'this',
  'that',
  'error',
  'invalid',
  'value',
])
const subjectWords = (text: string): Set<string> =>
  new Set(wordsOf(text.replace(/^[^:]{1,40}(?::|->)\s*/, '')).filter((word) => !stopWords.has(word)))

/**
 * Report what the docs say differently from what the entry keeps: wording of
 * causes or solutions under no heading, a docs title about something else
 * than the message (warnings), and a docs title, prose or section that a
 * header field differs from (infos, so that nothing is dropped silently).
 */
function reportDifferences(read: EntryReading, warnDocs: Warn, info: Warn, at: (point: Point, base: number) => Point): void {
  const { code, docs, docsSource, fields, message, descriptionField, secondaryPlain, causes, solutions, hasDocs } = read
  for (const [kind, items] of [
    ['causes', causes],
    ['solutions', solutions],
  ] as const) {
    if (items.length === 0 && !sectionsOf(docs, kind) && hasDocs && unintroducedWording(kind).test(docsSource.text)) {
      warnDocs(
        `Unexpected ${kind} in \`${code}\` that no recognised heading introduces (in running text or a table): none taken`,
        { line: docsSource.line, column: 1 },
        `unintroduced-${kind}`,
      )
    }
  }
  if (docs.title && comparable(docs.title.text) !== comparable(message)) {
    const place = at(docs.title.place, docsSource.line)
    const about = subjectWords(message)
    if (about.size > 0 && ![...subjectWords(docs.title.text)].some((word) => about.has(word))) {
      warnDocs(
        `Unexpected docs title \`${docs.title.text}\` of \`${code}\`, about something else than its message \`${message}\`: docs of another error?`,
        place,
        'docs-title-mismatch',
      )
    } else
      info(
        `Docs title \`${docs.title.text}\` of \`${code}\` differs from its message: the page keeps the docs' title`,
        place,
        'title-differs-from-message',
      )
  }
  for (const place of docs.repeatedTitles)
    info(`Repeated title heading in the docs of \`${code}\`: dropped`, at(place, docsSource.line), 'repeated-title')
  if (descriptionField && docs.prose.length > 0) {
    const prose = nodesToPlainText(withoutSaidSentences(docs.prose, secondaryPlain, () => {}))
    if (!comparable(nodesToPlainText(descriptionField)).includes(comparable(prose))) {
      info(
        `Docs prose of \`${code}\` differs from its Description field: the field is the description, the page keeps the prose`,
        at(docs.prose[0]!.position!.start, docsSource.line),
        'description-differs-from-docs',
      )
    }
  }
  for (const [name, items, kind] of [
    ['Cause', causes, 'causes'],
    ['Solutions', solutions, 'solutions'],
  ] as const) {
    const field = fields[name]
    const section = sectionsOf(docs, kind)
    if (field && section && comparable(items.join(' ')) !== comparable(toItems(section).join(' '))) {
      info(
        `Docs section of \`${code}\` differs from its \`${name}\` field: the field gives the ${kind}, the page keeps the section`,
        field.place,
        'field-differs-from-docs',
      )
    }
  }
}

/** A heading flattened into running text: `#` to `######` after a word, not at the start of a line, then a capitalised word (a literal `#` key is followed by other text). */
const flattenedHeading = /\S[^\S\n]+(#{1,6})[^\S\n]+\p{Lu}/u

/**
 * Report headings the vendor flattened into a paragraph of the docs or into a
 * header field (80101's "… another Service ## Warning", 21458's "#### Possible
 * Causes * …"): markdown reads them as text, so a page would show the marks.
 */
function checkFlattenedHeadings(
  docs: Root,
  fields: HeaderFields['fields'],
  code: number,
  line: number,
  warn: { docs: Warn; field: Warn },
  at: (point: Point, base: number) => Point,
): void {
  const reason = (where: string, mark: string) =>
    `Unexpected heading mark \`${mark}\` flattened into ${where} of \`${code}\`: it reads as text; an override may restore the structure`
  const walk = (node: RootContent): void => {
    if (node.type === 'text') {
      const found = flattenedHeading.exec(node.value)
      if (found) warn.docs(reason('the docs', found[1]!), at(node.position?.start ?? { line: 1, column: 1 }, line), 'flattened-heading')
    } else if ('children' in node) for (const child of node.children) walk(child as RootContent)
  }
  for (const node of docs.children) walk(node)
  for (const [name, field] of Object.entries(fields)) {
    const found = field && flattenedHeading.exec(field.value)
    if (found) warn.field(reason(`the ${name} field`, found[1]!), field.place, 'flattened-heading')
  }
}

function checkLevelHeadings(docs: Outline, code: number, level: Level, line: number, warn: Warn, at: (point: Point, base: number) => Point): void {
  for (const heading of docs.levelHeadings) {
    if (heading.word !== level) {
      warn(
        `Unexpected \`${heading.word}\` in the docs heading of \`${code}\`, its log level is \`${level}\`: level kept`,
        at(heading.place, line),
        'docs-level-conflict',
      )
    }
    if (heading.code !== undefined && heading.code !== code) {
      warn(
        `Unexpected code \`${heading.code}\` in the docs heading of \`${code}\`: docs of another entry?`,
        at(heading.place, line),
        'docs-code-conflict',
      )
    }
  }
}

function readMessage(field: Field | undefined, docs: Outline, code: number, level: Level, line: number, warn: Warn): string {
  if (field) return plainField(field, 'message', code, warn)
  if (docs.title) return docs.title.text
  const fallback = `${level === 'error' ? 'Error' : 'Warning'} ${code}`
  warn(`Unexpected entry \`${code}\` without a message, in its header or docs: using \`${fallback}\``, { line, column: 1 }, 'missing-message')
  return fallback
}

function readSecondary(field: Field | undefined, code: number, warn: Warn): { text: string; markdown: string; place: Point } | undefined {
  if (!field) return undefined
  const markdown = field.value.replace(examplePrefix, '')
  const text = plainField({ ...field, value: markdown }, 'secondary message', code, warn)
  if (fillerWords.test(text)) warn(`Unexpected filler secondary message \`${text}\` in \`${code}\``, field.place, 'filler-secondary-message')
  return { text, markdown, place: field.place }
}

/** Link syntax: `[text](url)`, `![alt](url)`, `<scheme:…>`. */
const linkSyntax = /!?\[[^[\]\n]*\]\((?:[^()[\s]|\([^()\s]*\))*\)|<[a-z][a-z0-9+.-]{1,31}:[^<>\s]*>/i

/**
 * A message field as the plain text it is: its HTML tags go (their text
 * stays); link syntax, which a UI rendering the field as text would show as
 * written, is reported.
 */
function plainField(field: Field, what: string, code: number, warn: Warn): string {
  const text = cleanInline(field.value)
  const link = linkSyntax.exec(text)
  if (link)
    warn(
      `Unexpected link syntax \`${link[0]}\` in the ${what} of \`${code}\`: the field is plain text, shown as written`,
      field.place,
      'markup-in-plain-text',
    )
  return text
}

/** Causes or solutions: the header field's items when it has any text, else those of the docs sections of that kind. */
function readItems(field: Root | undefined, sections: readonly ReadSection[], kind: SectionKind): string[] {
  if (field) return toItems(field.children)
  return sections.filter((section) => section.kind === kind).flatMap((section) => section.items)
}

/** Drop the level and title headings a Description field sometimes repeats. */
function withoutTitleHeadings(nodes: RootContent[], message: string): RootContent[] {
  return nodes.filter((node) => {
    if (node.type !== 'heading') return true
    const text = headingText(node)
    return !(readLevelHeading(text) || text.toLowerCase() === message.toLowerCase())
  })
}

const comparable = (text: string) =>
  collapse(text.replace(examplePrefix, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"'))
    .toLowerCase()
    .replace(/[.\s]+$/, '')

/** Headings inside a description sit below the page's section headings. */
function shiftHeadings(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) => (node.type === 'heading' ? ({ ...node, depth: 5 } satisfies Heading) : node))
}
