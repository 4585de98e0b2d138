/**
 * The public API under input an attacker or a broken client hands it:
 * throwing getters and traps, revoked Proxies, cycles, polluted prototypes,
 * strings built to make regexes backtrack, and what the CLI echoes of them.
 * Properties run with a fixed seed in `npm test` (see `fuzz.ts`).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { actingCharacters } from '../src/cli/printable.ts'
import { run } from '../src/cli/run.ts'
import { entries, lookup } from '../src/entries.ts'
import * as main from '../src/index.ts'
import * as lite from '../src/lite.ts'
import { isArray } from '../src/own.ts'
import { maxQueryWords } from '../src/search.ts'
import { capture } from './capture.ts'
import { fuzz } from './fuzz.ts'
import { plainText } from './helpers.ts'

const property = fuzz(2000)

/** Objects whose every read throws, in the ways JavaScript allows. */
function hostileObjects(): { name: string; value: unknown }[] {
  const throwing = {
    get code(): never {
      throw new Error('getter')
    },
  }
  const trap = new Proxy(
    {},
    {
      get: () => {
        throw new Error('get trap')
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('descriptor trap')
      },
      has: () => {
        throw new Error('has trap')
      },
    },
  )
  const { proxy: revoked, revoke } = Proxy.revocable({ code: 11200 }, {})
  revoke()
  const errors = new Proxy([], {
    get: (target, key) => {
      if (key === '0') throw new Error('index getter')
      return Reflect.get(target, key)
    },
  })
  const cycle: Record<string, unknown> = {}
  cycle.response = cycle
  cycle.cause = { data: cycle }
  return [
    { name: 'a throwing getter', value: throwing },
    { name: 'a Proxy whose traps throw', value: trap },
    { name: 'a revoked Proxy', value: revoked },
    { name: 'errors whose index getter throws', value: { errors } },
    { name: 'a revoked Proxy as errors', value: { errors: revoked } },
    { name: 'a revoked Proxy as response', value: { response: revoked } },
    { name: 'a cycle', value: cycle },
    { name: 'null', value: null },
  ]
}

describe('fromError and the lookups under hostile objects', () => {
  it.each(hostileObjects())('return undefined, without throwing, for $name', ({ value }) => {
    for (const api of [main, lite]) {
      expect(api.fromError(value)).toBeUndefined()
      expect(api.getError(value)).toBeUndefined()
      expect(() => api.getErrorOrThrow(value)).toThrow(RangeError)
    }
    expect(main.parseErrorCode(value)).toBeUndefined()
    expect(main.isErrorCode(value)).toBe(false)
    expect(main.isWarning(value)).toBe(false)
    expect(main.byCategory(value as main.Category)).toEqual([])
    expect(main.search('timeout', value as main.Filters).length).toBe(main.search('timeout').length)
  })

  it('reads own properties only: an inherited code is no code', () => {
    expect(main.fromError({ __proto__: { code: 11200 } })).toBeUndefined()
    expect(main.fromError(Object.create({ ErrorCode: '30003' }))).toBeUndefined()
    expect(main.fromError(Object.create({ response: { data: { code: 21211 } } }))).toBeUndefined()
    // A body parsed from JSON has its own properties; `__proto__` in JSON is an own key, not a prototype.
    expect(main.fromError({ body: '{"__proto__":{"code":11200}}' })).toBeUndefined()
    expect(main.fromError({ body: '{"code":11200}' })?.code).toBe(11200)
    expect(main.search('timeout', Object.create({ level: 'warning' })).length).toBe(main.search('timeout').length)
  })

  it('finds a code five levels down, and none deeper, however the levels are named', () => {
    const wrapped = (depth: number, key: string) => {
      let value: unknown = { code: 11200 }
      for (let level = 0; level < depth; level++) value = { [key]: value }
      return value
    }
    for (const key of ['body', 'data', 'response', 'cause']) {
      expect(main.fromError(wrapped(4, key))?.code, key).toBe(11200)
      expect(main.fromError(wrapped(5, key)), key).toBeUndefined()
    }
    expect(main.fromError({ errors: [{ code: 11200 }] })?.code).toBe(11200)
  })

  it('never throws and never answers a wrong entry for any value (property)', () => {
    const anything = fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.string(), fc.integer({ min: 0, max: 99_999 }))
    fc.assert(
      fc.property(anything, (value) => {
        const entry = main.fromError(value)
        // An answer is the entry of a code that stands in the value.
        if (entry) expect(JSON.stringify(value)).toContain(String(entry.code))
        const direct = main.getError(value)
        if (direct) expect(main.parseErrorCode(value)).toBe(direct.code)
      }),
      property,
    )
  })

  it('reads a code from digits with any number of leading zeros, and nothing from other text', () => {
    for (const text of ['11200', '011200', '0011200', '0000011200', ' 0000011200 ', `${'0'.repeat(1000)}11200`])
      expect(main.parseErrorCode(text), text).toBe(11200)
    for (const text of ['0', '00000', '-11200', '+11200', '11200.0', '1e4', '0x2bc0', '11 200', '１１２００'])
      expect(main.parseErrorCode(text), text).toBeUndefined()
  })

  it('keeps nothing for unknown categories, however many are asked for', () => {
    const known = main.byCategory('webhook')
    for (let index = 0; index < 1000; index++) expect(main.byCategory(`nope-${index}` as main.Category)).toEqual([])
    // The same frozen empty list each time: nothing was made, or kept, per key.
    expect(main.byCategory('nope-a' as main.Category)).toBe(main.byCategory('nope-b' as main.Category))
    expect(main.byCategory('webhook')).toBe(known)
  })
})

/** An example of toPlainText: the text given, which a CommonMark parser reads too. */
function readsAs(markdown: string, text: string): void {
  expect(main.toPlainText(markdown)).toBe(text)
  expect(plainText(markdown)).toBe(text)
}

/** A property: toPlainText reads every markdown string drawn as a CommonMark parser does. */
function readsLikeCommonMark(markdown: fc.Arbitrary<string>): void {
  fc.assert(
    fc.property(markdown, (drawn) => {
      expect(main.toPlainText(drawn)).toBe(plainText(drawn))
    }),
    property,
  )
}

describe('toPlainText under hostile markdown', () => {
  it('turns an invalid or control-character numeric reference into U+FFFD, as CommonMark parsers do', () => {
    expect(main.toPlainText('&#1114112; &#0; &#xD800; &#x110000; &#x1b; &#155; &#65; &#x41;')).toBe('\ufffd \ufffd \ufffd \ufffd \ufffd \ufffd A A')
    expect(main.toPlainText('&#12345678; &#x1234567;')).toBe('&#12345678; &#x1234567;')
  })

  it('reads a numeric reference on each side of every edge of the invalid ranges as a CommonMark parser does, in decimal and hex', () => {
    const edges = [0, 8, 9, 10, 11, 12, 13, 14, 31, 32, 126, 127, 159, 160, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfdcf, 0xfdd0, 0xfdef, 0xfdf0]
    const planes = [0xfffd, 0xfffe, 0xffff, 0x10000, 0x1fffd, 0x1fffe, 0x1ffff, 0x20000, 0x10fffd, 0x10fffe, 0x10ffff, 0x110000]
    let replaced = 0
    for (const point of [...edges, ...planes]) {
      for (const markdown of [`a&#${point};b`, `a&#x${point.toString(16)};b`]) {
        expect(main.toPlainText(markdown), markdown).toBe(plainText(markdown))
        if (main.toPlainText(markdown) === 'a\ufffdb') replaced++
      }
    }
    // 0, 8, 11, 14, 31, 127, 159, the surrogates' two edges, the noncharacters' two, seven of the planes' list
    // (U+xFFFE, U+xFFFF and past U+10FFFF), and U+FFFD itself, each in both forms.
    expect(replaced).toBe(2 * 19)
  })

  it('decodes the six named references the build writes and keeps any other name as written', () => {
    expect(main.toPlainText('&amp; &lt; &gt; &quot; &apos; a&nbsp;b')).toBe('& < > " \' a b')
    expect(main.toPlainText('&nosuch; &AMP &amp &;')).toBe('&nosuch; &AMP &amp &;')
  })

  it('reads a line of 8 MB of block markers or of table cells without a stack overflow', () => {
    expect(main.toPlainText(`${'> '.repeat(4_000_000)}x`)).toBe('x')
    expect(main.toPlainText(`${'- '.repeat(4_000_000)}x`)).toBe('x')
    // A delimiter row is read as one, however many cells it has.
    expect(main.toPlainText(`| a |\n${'|-'.repeat(4_000_000)}|\n| b |`)).toBe('a b')
  })

  it("gives '' for a value that is not a string", () => {
    for (const value of [undefined, null, 42, {}, []]) expect(main.toPlainText(value as unknown as string)).toBe('')
  })

  it('reads links, code spans, autolinks, escapes, references and line breaks as a CommonMark parser does, on random text of their syntax (property)', () => {
    // The inline syntax the build writes, and pieces of it: no raw HTML, no autolink of another scheme and no
    // unmatched emphasis mark (the catalog step unwraps, escapes or reports those), no line that starts a block.
    const piece = fc.constantFrom(
      ...['[', ']', '(', ')', '`', '``', '!', '>', '\\', '&', '#', ';', '"', ' ', 'a', 'b', 'x', '9', 'x1', 'snake_case'],
      ...['<http:', '<https:', '<mailto:', 'http:'],
      ...['&#65;', '&#x41;', '&#X41;', '&#', '&amp;', '&nbsp;', '&lt;', '&bogus;'],
      ...['\\`', '\\[', '\\]', '\\(', '\\)', '\\\\'],
      ...['\nx ', '\\\nx ', '  \nx '],
    )
    const inline = fc.array(piece, { maxLength: 24 }).map((pieces) => `x ${pieces.join('')}`)
    readsLikeCommonMark(inline)
  })

  it('reads whole links, images, code spans, escapes and autolinks, side by side, as a CommonMark parser does (property)', () => {
    // Structures the build writes, so that links and images form often: balanced brackets (the build escapes
    // any other), destinations with nested or escaped parentheses, code in labels, references, escapes.
    const piece = fc.constantFrom(
      ...['(', ')', '`', '``', '!', '>', '&', ';', ' ', 'a', 'b', 'x', 'snake_case', 'a_b', 'http:', ']('],
      ...['[a](b)', '![a](b)', '[a](b(c))', '[a](b c)', '[a]', '(b)', '](b)', '[a\\]b](c)', '[a](#12)', '[`a`](b)', '[a]()'],
      ...['[a](b)c)', '(a(b))', '\\[a](b)', '[a](b\\)c)', '`a`', '``a`b``', '` a `'],
      ...['<http:', '<https:a>', '<mailto:a@b>', '<http:a b>'],
      ...['&#65;', '&#x41;', '&#X41;', '&amp;', '&lt;', '&bogus;'],
      ...['\\`', '\\[', '\\]', '\\(', '\\)', '\\\\', '\\!'],
      ...['\nx ', '\\\nx ', '  \nx '],
    )
    const inline = fc.array(piece, { maxLength: 16 }).map((pieces) => `x ${pieces.join('')} x`)
    readsLikeCommonMark(inline)
  })

  it.each([
    ['# One\n\n###### Six', 'One Six'],
    ['- a\n* b\n+ c', 'a b c'],
    ['1. a\n2) b\n\n12. c', 'a b c'],
    ['- a\n  - b\n    - c', 'a b c'],
    ['> a\n> > b', 'a b'],
    ['> - a\n>   1. b', 'a b'],
    ['>a', 'a'],
    ['| a | b |\n| --- | :-: |\n| `c` | e\\|f |', 'a b c e|f'],
    ['|a|b|\n|:--|--:|\n|c|d|', 'a b c d'],
    ['```ts\n[a](b) *c*\n```\n\nd', '[a](b) *c* d'],
    ['`a\n\nb`', '`a b`'],
    ['[](b) x', 'x'],
    ['(a) [b', '(a) [b'],
    ['a | b', 'a | b'],
    ['| a | b |\n| --- | --- |\n| --- | c |\n| d | - |', 'a b --- c d -'],
    ['[a\n\n](b)', '[a ](b)'],
    ['[a\n  \n](b)', '[a ](b)'],
    ['| a |\n| --- |\n| c- |', 'a c-'],
    ['| a |\n| --- |\n| -c |', 'a -c'],
    ['| a |\n| --- |   \n| b |', 'a b'],
    ['| a |\n| --- |\n| b', 'a b'],
    ['| a | b |\n| --- | --- |\n| --- | x', 'a b --- x'],
  ])('reads block markers, tables, fences and paragraph ends as a CommonMark parser does: %j', readsAs)

  it.each([
    ['[a `b](c)`', '[a b](c)'],
    ['[ab `c](d)`', '[ab c](d)'],
    ['[`a` `b](c)`', '[a b](c)'],
    ['[a \\`b](c)`', 'a `b`'],
    ['[a `b](c)', 'a `b'],
    ['[a\\\\](b)', 'a\\'],
    ['[(a)', '[(a)'],
    ['[a(b)', '[a(b)'],
    ['(x)[a](b c)[d', '(x)[a](b c)[d'],
  ])('reads link brackets %j as CommonMark does: a code span binds first, an escape before either, a [ without its link is text', readsAs)

  it.each([
    ['[a](b(c(d)))', 'a'],
    [`[a](${'('.repeat(32)}b${')'.repeat(32)})`, 'a'],
    [`[a](${'('.repeat(33)}b${')'.repeat(33)})`, `[a](${'('.repeat(33)}b${')'.repeat(33)})`],
    ['[a](b(c(d))', '[a](b(c(d))'],
    ['[a](b(c', '[a](b(c'],
    ['x [a](b', 'x [a](b'],
    ['[a](b(c\\)d))', 'a'],
    ['[a](b(c\\(d))', 'a'],
    ['[a](b\\\\)c)', 'ac)'],
    ['[a](b\\ c)', '[a](b\\ c)'],
    ['[a](b )', 'a'],
    ['[a]( b)', 'a'],
    ['[a](  b  \n)', 'a'],
    ['[a]()', 'a'],
    ['[a](b c)', '[a](b c)'],
    ['[a](b(c )d)', '[a](b(c )d)'],
    ['[a](b\u00a0c)', 'a'],
    ['[a](b\u0001c)', '[a](b\u0001c)'],
    ['[a](b\u007fc)', '[a](b\u007fc)'],
    ['[a](\tb\t)', 'a'],
  ])('reads link destination %j as CommonMark does: parentheses balanced 32 deep, escaped ones, space only around it, no control character', readsAs)

  it.each([
    ['*a* **b** ***c*** _d_ __e__', 'a b c d e'],
    ['snake_case, a_b_c and a__b stay; _x_ goes', 'snake_case, a_b_c and a__b stay; x goes'],
    ['a_b', 'a_b'],
    ['a*b*c', 'abc'],
    ['\\*not\\* \\_emphasis\\_', '*not* _emphasis_'],
    ['`a_b` and `*c*` are code', 'a_b and *c* are code'],
  ])('drops emphasis marks but keeps the underscore of a word and what is escaped or code: %j', readsAs)

  it.each([
    ['p` a `q', 'paq'],
    ['p`  a  `q', 'p a q'],
    ['p`   `q', 'p q'],
    ['p`a\nb`q', 'pa bq'],
    ['p`\na `q', 'paq'],
    ['p`` a`b ``q', 'pa`bq'],
  ])('reads code span %j as CommonMark does: a line ending is a space, one space goes off each end unless all are spaces', readsAs)
})

describe('search under hostile queries', () => {
  it('counts each word once and at most maxQueryWords words', () => {
    expect(main.search('timeout '.repeat(10_000))).toEqual(main.search('timeout'))
    const words = Array.from({ length: maxQueryWords }, (_, index) => `w${index}`)
    expect(main.search(`timeout ${words.join(' ')} never`)).toEqual(main.search(`timeout ${words.slice(0, -1).join(' ')}`))
  })

  it('finds nothing for a query that is not a string, and reads null filters as none', () => {
    for (const query of [undefined, null, 42, {}, ['timeout']]) expect(main.search(query as unknown as string)).toEqual([])
    expect(main.search('timeout', null as unknown as main.Filters)).toEqual(main.search('timeout'))
  })
})

describe('renderDocs options', () => {
  it('reads null options as the defaults and throws a RangeError for a bad depth only', () => {
    const entry = main.getError(11200)
    expect(main.renderDocs(entry, null)).toBe(entry.docs)
    for (const depth of [0, 7, 2.5, Number.NaN, '3' as unknown as number]) expect(() => main.renderDocs(entry, { depth })).toThrow(RangeError)
  })
})

async function cli(args: string[]) {
  const output = capture()
  return output.result(await run(args, { ...output, terminal: false, columns: () => undefined, env: {} }))
}

/** No character that acts on a terminal, in anything the CLI wrote. */
const expectPrintable = (text: string) => {
  expect(text.match(actingCharacters), JSON.stringify(text)).toBeNull()
}

describe('the CLI echoes no control character', () => {
  it.each([
    ['a code argument', ['\u001b[2J']],
    ['a search', ['search', '\u001b]0;x\u0007']],
    ['an option', ['--\u001b[2Jx']],
    ['a --width', ['11200', '--width', '\u001b[2J']],
    ['a category', ['list', '--category', '\u009b31m']],
    ['pasted text with a bidirectional override', ['ErrorCode=12345 \u202egnirts']],
    ['JSON output of a search', ['search', 'timeout\u007f', '--json']],
  ])('for %s', async (_, args) => {
    const { stdout, stderr } = await cli(args)
    expectPrintable(stdout)
    expectPrintable(stderr)
  })

  it('suggests a search the shell reads back as the same bytes', async () => {
    const { stderr } = await cli(['\u001b[2J'])
    expect(stderr).toContain("search $'\\x1b[2J'")
  })

  it('gives near codes only for numbers of four to six digits', async () => {
    expect((await cli(['112000'])).stderr).toContain('did you mean 11200')
    expect((await cli(['1120000'])).stderr).not.toContain('did you mean')
    expect((await cli(['11299'])).stderr).toContain('did you mean')
    expect((await cli(['1'.repeat(10_000)])).stderr).not.toContain('did you mean')
  })
})

describe('the limits and fall-through order of fromError, and the messages of the throwing lookups', () => {
  it('reads only objects: a code standing for an object elsewhere, or a function, is none', () => {
    for (const value of [{ response: '11200' }, { cause: 11200 }, { data: 11200 }, { body: '11200' }, { body: '[{"code":11200}]' }])
      expect(main.fromError(value), JSON.stringify(value)).toBeUndefined()
    expect(main.fromError(Object.assign(() => {}, { code: 11200 }))).toBeUndefined()
  })

  it('goes on to the next place when one holds no code', () => {
    expect(main.fromError({ code: 'ECONNRESET', body: {}, data: '{"x":1}', response: { data: { code: 21211 } } })?.code).toBe(21211)
    expect(main.fromError({ response: {}, cause: { ErrorCode: '30003' } })?.code).toBe(30003)
    expect(main.fromError({ errors: [{}, { code: 11200 }] })).toBeUndefined() // errors[0] only
  })

  it('parses a body in JSON text of up to 64 KB, padded or not, and no longer one', () => {
    const padded = (length: number) => {
      const json = '{"code":11200}'
      return `${json.slice(0, -1)},"pad":"${'x'.repeat(length - json.length - 9)}"}`
    }
    expect(padded(64 * 1024)).toHaveLength(64 * 1024)
    expect(main.fromError({ body: padded(64 * 1024) })?.code).toBe(11200)
    expect(main.fromError({ body: padded(64 * 1024 + 1) })).toBeUndefined()
    expect(main.fromError({ body: '  {"code":11200}\n' })?.code).toBe(11200)
  })

  it('names the bad value in the RangeError of getErrorOrThrow', () => {
    const { proxy, revoke } = Proxy.revocable([], {})
    revoke()
    const cases: [unknown, string][] = [
      ['abc', '"abc"'],
      [12n, '12n'],
      [null, 'null'],
      [99999, '99999'],
      [[1], 'an array'],
      [{}, 'an object'],
      [proxy, 'an object'],
    ]
    for (const [value, shown] of cases) expect(() => main.getErrorOrThrow(value)).toThrow(`Unknown SignalWire error code: ${shown}`)
  })

  it('nearCodes reads numbers and digit strings of four to six digits only', () => {
    expect(main.nearCodes(' 3003 ')).toEqual(main.nearCodes(3003))
    expect(main.nearCodes('３００３')).toEqual(main.nearCodes(3003))
    // 30003x and 3000.3 are one removal from 30003: only their non-digit keeps them from it.
    for (const value of [-3003, 3003.5, 3000.3, -30003, 1e21, Number.NaN, '30003x', 'x30003', '3003x', '', 123, 1234567]) {
      expect(main.nearCodes(value), String(value)).toEqual([])
    }
    expect(main.nearCodes(3003).length).toBeGreaterThan(0)
    // Only numbers and strings: an object's toString is neither called nor trusted.
    const pretending = { toString: () => '3003' }
    expect(main.nearCodes(pretending as unknown as string)).toEqual([])
    expect(
      main.nearCodes({
        toString: () => {
          throw new Error('no')
        },
      } as unknown as string),
    ).toEqual([])
  })

  it('caches lookups by numeric code only: the same entry again, and strings, however many, leave nothing behind', () => {
    let built = 0
    const made = entries((index) => {
      built++
      return { index }
    })
    const first = lookup(11200, made)
    expect(lookup(11200, made)).toBe(first)
    expect(built).toBe(1)
    for (const text of ['11200', ' 11200 ', '0011200']) expect(lookup(text, made)).toEqual(first)
    expect(built).toBe(4)
    expect([...made.byCode.keys()]).toEqual([11200])
    expect(main.getError(11200)).toBe(main.getError(11200))
  })

  it('isArray answers false, not merely nothing, for a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable([], {})
    revoke()
    expect(isArray(proxy)).toBe(false)
    expect(isArray([1])).toBe(true)
  })
})

describe('renderDocs depth and code', () => {
  it('accepts depth 6 and names a bad depth in its error; leaves code lines that start with # alone', () => {
    const entry = { docs: '## Error 1\n\n### Title\n\n#### Part\n\n```\n# not a heading\n```' }
    expect(main.renderDocs(entry, { depth: 6 })).toContain('###### Title')
    expect(() => main.renderDocs(entry, { depth: 7 })).toThrow('Unexpected depth 7: expected an integer from 1 to 6')
    expect(main.renderDocs(entry, { depth: 3 })).toContain('```\n# not a heading\n```')
  })
})
