import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { convertInlineHtml, parseTag, stripHtmlTags } from '../scripts/lib/html.ts'
import { boldLinesToHeadings, isInert, linkedCode, parseMarkdown, serializeMarkdown, toMarkdown } from '../scripts/lib/markdown.ts'
import { outline, readLevelHeading, sectionKind } from '../scripts/lib/outline.ts'
import { withinEdits } from '../scripts/lib/plain-text.ts'
import { plainText, shipped } from './helpers.ts'

const parse = (text: string): Root => unified().use(remarkParse).parse(text)
const clean = (text: string, related = new Set<number>(), file = new VFile()) =>
  toMarkdown(parseMarkdown(text, { file, code: 10001, line: 1 }, related).children)

describe('html', () => {
  it('reads tags of real HTML elements only', () => {
    expect(parseTag('<a href="https://x.test/?a=1&amp;b=2">')).toMatchObject({
      name: 'a',
      closing: false,
      attributes: new Map([['href', 'https://x.test/?a=1&b=2']]),
    })
    expect(parseTag('<A HREF=/console>')?.attributes.get('href')).toBe('/console')
    expect(parseTag('</span>')).toMatchObject({ name: 'span', closing: true })
    for (const literal of ['<country>', '<Dial>', '<parameter name>', '<Response/>', '<SessionSid>']) expect(parseTag(literal)).toBeUndefined()
  })

  it('strips real tags from plain text and keeps literal angle-bracket text', () => {
    expect(stripHtmlTags("Call <span class='rest-attribute'>Called</span> for <country>")).toBe('Call Called for <country>')
  })

  it('turns inline HTML into markdown nodes', () => {
    const cases: [string, string][] = [
      ['See <a href="https://x.test">the docs</a>.', 'See [the docs](https://x.test).'],
      ["Set <span class='rest-attribute'>To</span>.", 'Set `To`.'],
      ['Use <b>bold</b> and <i>it</i>.', 'Use **bold** and _it_.'],
      ['One<br>two', 'One\\\ntwo'],
      ['Open <b>never closed', 'Open never closed'],
      // White space runs render as one space: the markdown keeps one.
      ['Stray </a> close', 'Stray close'],
      ['<a href="https://x.test"><b>nested</b></a>', '[**nested**](https://x.test)'],
      ['Dial <Dial><Sip> and <parameter is invalid>', 'Dial \\<Dial>\\<Sip> and \\<parameter is invalid>'],
    ]
    for (const [input, output] of cases) expect(clean(input)).toBe(output)
  })

  it('keeps the text of HTML blocks as a paragraph', () => {
    const tree = parse('<div>\nInside <b>a</b> block\n</div>')
    convertInlineHtml(tree)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph'])
    expect(plainText(serializeMarkdown(tree.children))).toBe('Inside a block')
  })
})

describe('links', () => {
  it.each([
    ['/docs/errors/12300', 12300],
    ['https://www.example.com/docs/errors/12300', 12300],
    ['/errors/12300/', 12300],
    ['/docs/errors/12300#causes', 12300],
    ['/docs/errors', undefined],
    ['/docs/errors/12300/more', undefined],
  ])('linkedCode(%s) is %s', (url, code) => {
    expect(linkedCode(url)).toBe(code)
  })

  it('turns /errors/ links into #NNNNN cross-references and collects them, except to itself', () => {
    const related = new Set<number>()
    expect(clean('[a](/docs/errors/12300) [b](https://x.test/docs/errors/10001) [c][ref]\n\n[ref]: /errors/11200', related)).toBe(
      '[a](#12300) [b](#10001) [c](#11200)',
    )
    expect([...related].sort()).toEqual([11200, 12300])
  })

  it('unwraps other relative links and reports each at its place', () => {
    const file = new VFile()
    expect(clean('Line one\nsee [the debugger](/user/account/debugger) and <a href="/console">this</a>.', new Set(), file)).toBe(
      'Line one see the debugger and this.',
    )
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([
      [2, 5, 'unresolvable-relative-link'],
      [2, 48, 'unresolvable-relative-link'],
    ])
  })

  it('keeps absolute and mailto links, and keeps a fragment, which resolves nowhere on a page, as its text', () => {
    expect(clean('[a](https://x.test) [b](mailto:a@x.test) [c](#top)')).toBe('[a](https://x.test) [b](mailto:a@x.test) c')
  })
})

describe('pseudo-headings and outline', () => {
  it('turns <b> lines into headings outside fenced code only', () => {
    expect(boldLinesToHeadings('<b>Cause</b>\nnext\n```\n<b>Cause</b>\n```')).toBe('#### Cause\nnext\n```\n<b>Cause</b>\n```')
  })

  it('recognises level headings and section names', () => {
    expect(readLevelHeading('ERROR - 11200')).toEqual({ word: 'error', code: 11200 })
    expect(readLevelHeading('Error Code 20011')).toEqual({ word: 'error', code: 20011 })
    expect(readLevelHeading('Warning')).toEqual({ word: 'warning', code: undefined })
    expect(readLevelHeading('Error handling')).toBeUndefined()
    expect(sectionKind('Possible causes:')).toBe('causes')
    expect(sectionKind('Solution')).toBe('solutions')
    expect(sectionKind('Resolution')).toBeUndefined()
    expect(sectionKind('Is the request safe to retry?')).toBeUndefined()
  })

  it('cuts docs into title, prose and sections', () => {
    const result = outline(parse('## Error - 1\n### Title\nProse.\n#### Causes\n* a\n#### Deeper\ntext\n#### Possible solutions\nb\n#### \nstill b'))
    expect(result.levelHeadings.map(({ word, code }) => [word, code])).toEqual([['error', 1]])
    expect(result.title?.text).toBe('Title')
    expect(result.prose).toHaveLength(1)
    expect(result.sections.map((section) => [section.kind, section.title, section.nodes.length])).toEqual([
      ['causes', 'Causes', 1],
      [undefined, 'Deeper', 1],
      ['solutions', 'Possible solutions', 2],
    ])
  })
})

describe('text', () => {
  it('plain text drops markup and keeps literal text', () => {
    expect(plainText('Use `<Say>` and [the docs](https://x.test), **not** \\<say> &amp; _that_.')).toBe('Use <Say> and the docs, not <say> & that.')
  })

  it('withinEdits counts single-character edits', () => {
    expect(withinEdits('reactivated', 'reactived', 2)).toBe(true)
    expect(withinEdits('reactivated', 'reactived', 1)).toBe(false)
    expect(withinEdits('abc', 'abc', 0)).toBe(true)
    expect(withinEdits('abcdef', 'ab', 3)).toBe(false)
  })

  it('inert text: the shortcut gives what remark-stringify gives, on every string of the catalog', () => {
    const strings = shipped()
      .catalog.errors.flatMap((candidate) => [candidate.message, candidate.secondaryMessage ?? '', ...candidate.causes, ...candidate.solutions])
      .filter(isInert)
    expect(strings.length).toBeGreaterThan(2000)
    for (const text of strings) expect(serializeMarkdown(parse(text).children)).toBe(text.trim())
    for (const text of ['1. not inert', '- list', '    code', '# heading', 'a * b', 'a\nb', '']) expect(isInert(text)).toBe(false)
  })
})
