/**
 * The catalog step as a security boundary: the shipped raw file with attacks
 * planted in it, as a compromised or broken vendor file would carry them, and
 * the same rules held over the whole shipped catalog.
 */
import type { Nodes } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCurated } from '../scripts/lib/curated.ts'
import { CatalogError } from '../scripts/lib/diagnostics.ts'
import { buildCatalog, type CatalogResult, type Curated } from '../scripts/lib/pipeline.ts'
import type { Catalog } from '../scripts/lib/schema.ts'
import { actingCharacters } from '../src/cli/printable.ts'
import { rawText, shipped } from './helpers.ts'

const curated: Curated = { ...loadCurated(), lock: {}, overrides: [] }
const parser = unified().use(remarkParse)
const safeTarget = /^(?:https?:|mailto:|#\d+$)/i

/** Every markdown field of an entry; the message fields are plain text. */
const markdownFields = (entry: Catalog['errors'][number]): string[] => [
  entry.description ?? '',
  ...entry.causes,
  ...entry.solutions,
  entry.docs ?? '',
]

/** Link targets and images of markdown, as a CommonMark parser reads them. */
function linksOf(markdown: string): { links: string[]; images: string[]; html: string[] } {
  const found = { links: [] as string[], images: [] as string[], html: [] as string[] }
  visit(parser.parse(markdown), (node: Nodes) => {
    if (node.type === 'link' || node.type === 'definition') found.links.push(node.url)
    if (node.type === 'image' || node.type === 'imageReference') found.images.push(node.type === 'image' ? node.url : node.identifier)
    if (node.type === 'html') found.html.push(node.value)
  })
  return found
}

/** Replace a line of an entry's block in the raw text (the first line starting with `start` after `# Code: code`). */
function plant(text: string, code: number, start: string, line: string): string {
  const at = text.indexOf(`# Code: ${code}\n`)
  const from = text.indexOf(`\n${start}`, at) + 1
  const to = text.indexOf('\n', from)
  expect(at, `${code} is in the catalog`).toBeGreaterThanOrEqual(0)
  return text.slice(0, from) + line + text.slice(to)
}

/** Add a paragraph at the end of an entry's docs body. */
function append(text: string, code: number, markdown: string): string {
  const at = text.indexOf(`# Code: ${code}\n`)
  const next = text.indexOf('\n# Code: ', at + 1)
  return `${text.slice(0, next)}\n\n${markdown}\n${text.slice(next)}`
}

const docsAttacks = [
  '[plain](javascript:alert(1))',
  '[cased](JaVaScRiPt:alert(2))',
  '[encoded](javascript&#58;alert(3))',
  '[data](data:text/html;base64,PHNjcmlwdD4=)',
  '<javascript:alert(4)>',
  '[by reference][evil]',
  '<a href="javascript:alert(5)">html link</a>',
  '<a href="&#106;avascript:alert(6)">encoded html link</a>',
  '![remote](http://evil.example/x.png)',
  '<img src="http://evil.example/y.png" alt="html image">',
  '[dial](tel:+15551234567)',
  '[fragment](#top)',
  '[fine](https://developer.signalwire.com/)',
].join('\n\n')

function hostileText(): string {
  let text = append(rawText, 11200, `${docsAttacks}\n\n[evil]: vbscript:msgbox(1)`)
  text = plant(text, 11205, 'Secondary Message:', 'Secondary Message: See [this](javascript:alert(7)) \u001b]0;retitled\u0007 now.  ')
  text = plant(text, 11206, 'Message:', 'Message: HTTP \u001b[2J protocol \u202eviolation\u009b  ')
  text = plant(text, 13299, 'Cause:', 'Cause: - a [cause](javascript:alert(8)) link')
  return text
}

describe('a catalog carrying attacks', () => {
  let result: CatalogResult
  const messages = (ruleId: string) => result.files.flatMap((file) => file.messages.filter((message) => message.ruleId === ruleId))
  beforeAll(() => {
    result = buildCatalog(hostileText(), 'hostile.txt', curated)
  })

  it('keeps only http, https, mailto and cross-reference links in every markdown field, and no image or raw HTML', () => {
    for (const entry of result.catalog.errors) {
      for (const markdown of markdownFields(entry)) {
        const { links, images, html } = linksOf(markdown)
        for (const link of links) expect(link, `${entry.code}`).toMatch(safeTarget)
        expect(images, `${entry.code}`).toEqual([])
        expect(html, `${entry.code}`).toEqual([])
      }
    }
    const page = result.catalog.errors.find((entry) => entry.code === 11200)!.docs!
    expect(page).toContain('[fine](https://developer.signalwire.com/)')
    // Unwrapped links keep their text; images become links to their address, by their alt text.
    for (const text of ['plain', 'cased', 'encoded', 'data', 'by reference', 'html link', 'encoded html link', 'dial', 'fragment'])
      expect(page).toContain(text)
    expect(page).toContain('[remote](http://evil.example/x.png)')
    expect(page).toContain('[html image](http://evil.example/y.png)')
  })

  it('reports each unsafe link, image and control character at its line and column', () => {
    const lines = hostileText().split('\n')
    const unsafe = messages('unsafe-link')
    // 10 in 11200's docs (the autolink, the reference, tel: and the fragment included), 11205's secondary message, 13299's cause.
    expect(unsafe.length).toBe(12)
    for (const message of [...unsafe, ...messages('image-as-link'), ...messages('unresolvable-relative-link')]) {
      const line = lines[message.line! - 1]!
      expect(line.slice(message.column! - 1), message.reason).toMatch(/^(?:!?\[|<)/)
    }
    expect(messages('image-as-link').length).toBe(2)
    // The secondary message is plain text: its link syntax is reported, and its page shows the link's text only.
    expect(messages('markup-in-plain-text').map((message) => message.reason)).toContainEqual(expect.stringContaining('`11205`'))
    expect(result.catalog.errors.find((entry) => entry.code === 11205)!.docs).toContain('See this')
    const controls = messages('control-character')
    expect(controls.map((message) => [message.line, message.column])).toEqual([
      [
        lines.findIndex((line) => line.startsWith('Secondary Message: See [this]')) + 1,
        'Secondary Message: See [this](javascript:alert(7)) '.length + 1,
      ],
      [lines.findIndex((line) => line.startsWith('Message: HTTP \u001b')) + 1, 'Message: HTTP '.length + 1],
    ])
  })

  it('writes no control character or bidirectional override into any field', () => {
    const json = JSON.stringify(result.catalog)
    expect(json.match(actingCharacters)).toBeNull()
    expect(JSON.parse(json).errors.find((entry: { code: number }) => entry.code === 11206).message).toBe('HTTP [2J protocol violation')
  })
})

describe('markdown nested past the limit', () => {
  const withDocs = (markdown: string) => append(rawText, 11200, markdown)
  const failure = (text: string): string => {
    try {
      buildCatalog(text, 'deep.txt', curated)
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogError)
      return (error as Error).message
    }
    throw new Error('the build passed')
  }

  it.each([
    ['a block quote 1,500 levels deep', `${'>'.repeat(1500)} deep`],
    ['a one-line list 1,000 levels deep', `${'- '.repeat(1000)}deep`],
    ['an indented list 800 levels deep', Array.from({ length: 800 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n')],
    ['emphasis 2,000 levels deep', `${'*a '.repeat(2000)}b${' a*'.repeat(2000)}`],
  ])('fails with a positioned error for %s, not a stack overflow', (_, markdown) => {
    const message = failure(withDocs(markdown))
    expect(message).toMatch(/^deep\.txt:\d+:\d+ {2}error {2}Unexpected nesting in `11200`/m)
    expect(message).not.toMatch(/call stack/i)
  })

  it('finds the shipped catalog within the limits: no nesting error', () => {
    expect(
      shipped()
        .files.flatMap((file) => file.messages)
        .filter((message) => message.ruleId === 'nesting-too-deep'),
    ).toEqual([])
  })
})

describe('the shipped catalog, every entry', () => {
  it('links only to http, https, mailto and cross-references in its markdown fields, shows no image and holds no raw HTML', () => {
    let links = 0
    for (const entry of shipped().catalog.errors) {
      for (const markdown of markdownFields(entry)) {
        const found = linksOf(markdown)
        links += found.links.length
        for (const link of found.links) expect(link, `${entry.code}`).toMatch(safeTarget)
        expect(found.images, `${entry.code}`).toEqual([])
        expect(found.html, `${entry.code}`).toEqual([])
      }
    }
    expect(links).toBeGreaterThan(100)
  })

  it('reports every link syntax in its plain-text message fields', () => {
    const reported = new Set(
      shipped()
        .files.flatMap((file) => file.messages)
        .filter((message) => message.ruleId === 'markup-in-plain-text')
        .map((message) => /`(\d+)`/.exec(message.reason)![1]),
    )
    const withLinks = shipped()
      .catalog.errors.filter((entry) => [entry.message, entry.secondaryMessage ?? ''].some((text) => linksOf(text).links.length > 0))
      .map((entry) => String(entry.code))
    expect(withLinks.length).toBeGreaterThan(0)
    expect([...reported].sort()).toEqual(withLinks.sort())
  })

  it('holds no control character or bidirectional override in any field', () => {
    expect(JSON.stringify(shipped().catalog).match(actingCharacters)).toBeNull()
  })
})
