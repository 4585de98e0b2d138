import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Catalog } from '../scripts/lib/schema.ts'
import { asciiDigits, nearNumbers, numbersInText, pastedNumber } from '../src/format/codes-in-text.ts'
import { crossReferenceUrl } from '../src/format/markdown-text.ts'
import * as main from '../src/index.ts'
import * as lite from '../src/lite.ts'
import { plainText } from './helpers.ts'

const catalog: Catalog = JSON.parse(readFileSync('data/catalog.json', 'utf8'))
const liteFields = ['code', 'name', 'level', 'category', 'message', 'secondaryMessage', 'related', 'retired'] as const

describe('the runtime data is the catalog', () => {
  it('rebuilds every one of the 1,049 entries exactly, docs page included (round trip)', () => {
    const rebuilt = catalog.errors.map((entry) => main.getError(entry.code))
    // `retiredSince` is the JSON's only: the runtime says `retired`, the ErrorCode member's JSDoc since when.
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(catalog.errors.map(({ retiredSince, ...entry }) => entry)))
  })

  it('gives lite entries the same fields, and loadDocs the full entry', async () => {
    for (const entry of catalog.errors) {
      expect(lite.getError(entry.code)).toEqual(Object.fromEntries(liteFields.map((field) => [field, entry[field]])))
    }
    // Every code, so every category's docs loader: each gives the main entry point's entry.
    for (const entry of catalog.errors) expect(await lite.loadDocs(entry.code)).toEqual(main.getError(entry.code))
    expect(await lite.loadDocs(99999)).toBeUndefined()
  })

  it('names every code as ErrorCode does', () => {
    const names = Object.entries(main.ErrorCode)
    expect(names).toHaveLength(1049)
    for (const [name, code] of names) expect(main.getError(code).name).toBe(name)
  })

  it('categories and source describe the data', () => {
    expect(main.categories.map((category) => category.count).reduce((a, b) => a + b)).toBe(1049)
    for (const category of main.categories) expect(main.byCategory(category.slug)).toHaveLength(category.count)
    expect(main.source).toEqual(catalog.source)
    expect(main.byCategory('sip').map((entry) => entry.code)).toEqual(
      catalog.errors.filter((entry) => entry.category === 'sip').map((entry) => entry.code),
    )
    expect(lite.byCategory('nope' as never)).toEqual([])
  })
})

describe('getError', () => {
  it.each([11200, '11200', ' 11200 ', '\t11200\n'])('finds 11200 from %j', (input) => {
    expect(main.getError(input)?.code).toBe(11200)
    expect(lite.getError(input)?.code).toBe(11200)
  })

  it.each([
    '11200abc',
    '0x2BC0',
    '1.12e4',
    '+11200',
    '',
    ' ',
    11200.5,
    NaN,
    Infinity,
    -1,
    0,
    99999,
    '99999',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    null,
    undefined,
    true,
    11200n,
    [11200],
    ['11200'],
    { valueOf: () => 11200 },
    { toString: () => '11200' },
    new Number(11200),
    Symbol('11200'),
  ] as unknown[])('returns undefined for %s', (input) => {
    expect(main.getError(input)).toBeUndefined()
    expect(lite.getError(input)).toBeUndefined()
    expect(main.parseErrorCode(input)).toBeUndefined()
  })

  it('getErrorOrThrow throws a RangeError naming the value', () => {
    expect(main.getErrorOrThrow('30003').name).toBe('UNREACHABLE_DESTINATION_HANDSET')
    expect(() => main.getErrorOrThrow(99999)).toThrow(new RangeError('Unknown SignalWire error code: 99999'))
    expect(() => lite.getErrorOrThrow('0x2BC0')).toThrow(new RangeError('Unknown SignalWire error code: "0x2BC0"'))
    expect(() => main.getErrorOrThrow({ code: 1 })).toThrow(/an object/)
  })

  it('returns the same frozen entry every time', () => {
    expect(main.getError(11200)).toBe(main.getError('11200'))
    expect(lite.getError(11200)).toBe(lite.getError(11200))
  })
})

describe('everything is deep-frozen', () => {
  it('throws on assignment in strict mode and changes nothing', () => {
    const entry = main.getError(11200)
    const attempts: (() => void)[] = [
      () => ((entry as { message: string }).message = 'x'),
      () => (entry.causes as string[]).push('x'),
      () => ((entry.causes as string[])[0] = 'x'),
      () => ((entry.related as number[])[0] = 1),
      () => ((main.ErrorCode as unknown as Record<string, number>).HTTP_RETRIEVAL_FAILURE = 1),
      () => ((main.categories as unknown as { count: number }[])[0]!.count = 0),
      () => ((main.categories[0]!.ranges as unknown as number[][])[0]![0] = 0),
      () => ((main.source as { entries: number }).entries = 0),
      () => (main.byCategory('sip') as unknown[]).pop(),
      () => ((lite.getError(11200) as { level: string }).level = 'warning'),
      () => (main.getError(30003).sections as unknown[]).push({}),
    ]
    for (const attempt of attempts) expect(attempt).toThrow(TypeError)
    expect(main.getError(11200).message).toBe('HTTP retrieval failure')
    expect(main.ErrorCode.HTTP_RETRIEVAL_FAILURE).toBe(11200)
  })
})

describe('narrowing helpers', () => {
  it('isWarning and isErrorLevel are false for unknown codes and non-numbers', () => {
    expect(main.isWarning(13233)).toBe(true)
    expect(main.isWarning(11200)).toBe(false)
    expect(main.isErrorLevel(11200)).toBe(true)
    expect(main.isErrorLevel(13233)).toBe(false)
    for (const value of ['13233', 99999, undefined, null, 13233.5, {}]) {
      expect(main.isWarning(value)).toBe(false)
      expect(main.isErrorLevel(value)).toBe(false)
    }
    expect(catalog.errors.filter((entry) => main.isWarning(entry.code))).toHaveLength(209)
    expect(catalog.errors.filter((entry) => main.isErrorLevel(entry.code))).toHaveLength(840)
  })

  it('isErrorCode takes numbers only; parseErrorCode takes numbers and numeric strings', () => {
    expect(main.isErrorCode(30003)).toBe(true)
    expect(main.isErrorCode('30003')).toBe(false)
    expect(main.isErrorCode(99999)).toBe(false)
    expect(main.parseErrorCode(' 30003 ')).toBe(30003)
    expect(main.parseErrorCode('ECONNRESET')).toBeUndefined()
  })
})

describe('fromError', () => {
  it.each([
    ['a bare code', 21211, 21211],
    ['a numeric string', '30003', 30003],
    ['a REST error body', { code: 21211, message: "The 'To' number is not a valid phone number.", more_info: 'https://…', status: 400 }, 21211],
    ['a RestException-like error', Object.assign(new Error('Invalid'), { status: 400, code: 21211, moreInfo: 'x' }), 21211],
    ['a message resource (errorCode)', { sid: 'SM1', status: 'undelivered', errorCode: 30003, errorMessage: 'Unreachable' }, 30003],
    ['a message resource (error_code)', { sid: 'SM1', error_code: '30007' }, 30007],
    ['webhook parameters', { MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30003' }, 30003],
    ['a nested body', { status: 400, body: { code: 20003 } }, 20003],
    ['an errors array', { errors: [{ code: '21211' }, { code: '30003' }] }, 21211],
    ['an error cause', new Error('wrapped', { cause: { code: 30008 } }), 30008],
    ['a non-catalog code before a catalog one', { code: 'ECONNRESET', body: { code: 11200 } }, 11200],
    [
      'an axios error (response.data)',
      Object.assign(new Error('Request failed with status code 400'), {
        name: 'AxiosError',
        code: 'ERR_BAD_REQUEST',
        config: { url: '/api/laml/2010-04-01/Accounts/AC1/Messages.json', method: 'post' },
        response: {
          status: 400,
          statusText: 'Bad Request',
          headers: {},
          data: { code: 21211, message: "The 'To' number is not a valid phone number.", more_info: 'https://…', status: 400 },
        },
      }),
      21211,
    ],
    [
      'an ofetch error (data)',
      Object.assign(new Error('[POST] "/Messages.json": 400 Bad Request'), {
        statusCode: 400,
        data: { code: 21610, message: 'Attempt to send to unsubscribed recipient' },
      }),
      21610,
    ],
    [
      'a body that is still JSON text',
      { statusCode: 400, body: '{"code":21211,"message":"The \'To\' number is not a valid phone number.","status":400}' },
      21211,
    ],
    [
      'a got error (response.body as JSON text)',
      Object.assign(new Error('Response code 400 (Bad Request)'), {
        code: 'ERR_NON_2XX_3XX_RESPONSE',
        response: { statusCode: 400, body: ' {"code": "30003"}\n' },
      }),
      30003,
    ],
    ['data as JSON text', { data: '{"errors":[{"code":"21614"}]}' }, 21614],
  ])('reads %s', (_, value, code) => {
    expect(main.fromError(value)?.code).toBe(code)
    expect(lite.fromError(value)?.code).toBe(code)
  })

  it.each([
    ['a non-catalog code', { code: 'ECONNRESET' }],
    ['a 404 without code', { status: 404, code: undefined }],
    ['SIP statuses', { SipResultCode: '404', DialSipResponseCode: '486' }],
    ['nothing', null],
    [
      'a throwing getter',
      Object.defineProperty({}, 'code', {
        get: () => {
          throw new Error('no')
        },
      }),
    ],
    ['a body of malformed JSON', { body: '{"code": 21211,' }],
    ['a body that is JSON but no object', { body: '21211' }],
    ['a body of HTML', { body: '<html><body>502 Bad Gateway {"code":21211}</body></html>' }],
    ['a JSON body over 64 KB', { body: `{"code":21211,"pad":"${'x'.repeat(64 * 1024)}"}` }],
    ['a JSON string under cause', { cause: '{"code":21211}' }],
  ])('gives undefined for %s', (_, value) => {
    expect(main.fromError(value)).toBeUndefined()
  })

  it('reads every code of the catalog in every shape a client hands over', () => {
    for (const { code } of catalog.errors) {
      const shapes = [
        code,
        String(code),
        { code, message: 'x', status: 400 },
        { errorCode: code },
        { error_code: String(code) },
        { MessageStatus: 'undelivered', ErrorCode: String(code) },
        { errors: [{ code: String(code) }] },
        { code: 'ERR_BAD_REQUEST', response: { status: 400, data: { code } } },
        { body: JSON.stringify({ code, status: 400 }) },
        new Error('wrapped', { cause: { code } }),
      ]
      for (const shape of shapes) {
        expect(main.fromError(shape)?.code, `${code}`).toBe(code)
        expect(lite.fromError(shape)?.code, `${code}`).toBe(code)
      }
    }
  })

  it('stops on cyclic objects', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.body = cyclic
    expect(main.fromError(cyclic)).toBeUndefined()
  })
})

describe('the docs pages, as the README describes them', () => {
  it('1,044 pages; 444 without a causes heading and 462 without a solutions heading (README, "Render the docs in a UI")', () => {
    const pages = catalog.errors.flatMap((entry) => (entry.docs === null ? [] : [entry.docs]))
    expect(pages).toHaveLength(1044)
    expect(pages.filter((page) => !page.includes(`\n#### ${main.causesHeading}\n`))).toHaveLength(444)
    expect(pages.filter((page) => !page.includes(`\n#### ${main.solutionsHeading}\n`))).toHaveLength(462)
  })
})

describe('markdown helpers', () => {
  it('toPlainText decodes named and numeric character references, and keeps unknown ones', () => {
    expect(main.toPlainText('&#60;Say&#x3E; &amp; &quot;x&quot; &nosuch;')).toBe('<Say> & "x" &nosuch;')
  })

  it('toPlainText matches the plain text of a CommonMark parser on every markdown string', () => {
    for (const entry of catalog.errors) {
      for (const markdown of [entry.description, ...entry.causes, ...entry.solutions, ...entry.sections.map((section) => section.body), entry.docs]) {
        if (markdown) expect(main.toPlainText(markdown), `${entry.code}: ${markdown}`).toBe(plainText(markdown))
      }
    }
  })

  it('resolveLinks rewrites cross-references only', () => {
    const docs = main.getError(11200).docs!
    const resolved = main.resolveLinks(docs, (code) => `/errors/${code}`)
    expect(resolved).toContain('[Content-Type](/errors/12300)')
    expect(resolved.replace('(/errors/12300)', '(#12300)')).toBe(docs)
  })

  it('resolveLinks rewrites the cross-reference the build writes, of every code a page links to (all 1,049)', () => {
    expect(main.resolveLinks(`[a](${crossReferenceUrl(12300)})`, (code) => `/e/${code}`)).toBe('[a](/e/12300)')
    let linked = 0
    for (const entry of catalog.errors) {
      const targets: number[] = []
      main.resolveLinks(entry.docs ?? '', (code) => String(targets.push(code)))
      expect(new Set(targets), `${entry.code}`).toEqual(new Set(entry.related))
      linked += targets.length
    }
    expect(linked).toBeGreaterThan(0)
  })

  it('renderDocs gives every page as it is, or without its title headings at the depth asked for (all 1,049)', () => {
    for (const entry of catalog.errors) {
      expect(main.renderDocs(entry)).toBe(entry.docs)
      if (entry.docs === null) {
        expect(main.renderDocs(entry, { title: false, depth: 3 })).toBeNull()
        continue
      }
      const bare = main.renderDocs(entry, { title: false, depth: 3 })!
      // The page without its first four lines (two headings, each with a blank line), every `####` now `###`.
      const body = entry.docs.split('\n').slice(4).join('\n').trim()
      expect(bare, `${entry.code}`).toBe(body.replace(/^#### /gm, '### '))
      expect(bare).not.toMatch(/^#{1,2} /m)
      expect(main.renderDocs(entry, { depth: 1 })!.split('\n')[0]).toBe(`# ${entry.level === 'error' ? 'Error' : 'Warning'} ${entry.code}`)
    }
    expect(() => main.renderDocs(catalog.errors[0]!, { depth: 7 })).toThrowError(RangeError)
  })
})

describe('search', () => {
  it('ranks the exact code first, then message matches, then other text, code order within', () => {
    const hits = main.search('11200')
    expect(hits[0]).toMatchObject({ entry: { code: 11200 }, match: 'code' })
    const timeout = main.search('timeout')
    const ranks = timeout.map((hit) => hit.match)
    expect(ranks).toEqual([...ranks].sort((a, b) => ['code', 'message', 'text'].indexOf(a) - ['code', 'message', 'text'].indexOf(b)))
    expect(timeout.find((hit) => hit.entry.code === 31003)?.match).toBe('message')
    expect(timeout.find((hit) => hit.entry.code === 11201)?.match).toBe('text')
    for (const rank of ['message', 'text']) {
      const codes = timeout.filter((hit) => hit.match === rank).map((hit) => hit.entry.code)
      expect(codes).toEqual([...codes].sort((a, b) => a - b))
    }
  })

  it('needs every word, as word prefixes, in any case, and reads causes and solutions', () => {
    expect(main.search('TCP conn').map((hit) => hit.entry.code)).toEqual(expect.arrayContaining([11201, 11202]))
    expect(main.search('misconfigured web').map((hit) => hit.entry.code)).toContain(11200)
    expect(main.search('timeout zebra')).toEqual([])
    expect(main.search('  ')).toEqual([])
  })

  it('orders each rank by code whatever order the entries come in', () => {
    const reversed = main.categories.flatMap((category) => main.byCategory(category.slug)).reverse()
    const hits = main.searchEntries(reversed, 'timeout')
    expect(hits).toEqual(main.search('timeout'))
    expect(hits.length).toBeGreaterThan(10)
  })

  it('finds every code by the words of its name that none of its texts holds (the name is read word by word)', () => {
    const all = main.categories.flatMap((category) => main.byCategory(category.slug))
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    let checked = 0
    for (const entry of all) {
      const texts = words([entry.code, entry.message, entry.secondaryMessage ?? '', ...entry.causes, ...entry.solutions].join(' '))
      for (const word of entry.name.toLowerCase().split('_').slice(1)) {
        if (/^\d+$/.test(word) || texts.some((text) => text.startsWith(word))) continue
        checked++
        expect(main.search(word).find((hit) => hit.entry.code === entry.code)?.match, `${entry.code} ${word}`).toBe('text')
      }
    }
    expect(checked).toBeGreaterThan(50)
  })

  it('returns only entries whose own texts hold the query, on both entry points (common words, over the whole catalog)', () => {
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    for (const query of ['here', 'was', 'the']) {
      for (const api of [main, lite]) {
        const hits = api.search(query)
        expect(hits.length, query).toBeGreaterThan(0)
        for (const { entry } of hits) {
          const full = main.getError(entry.code)
          const texts = [entry.code, entry.name.replace(/_/g, ' '), entry.message, entry.secondaryMessage ?? '']
          if (api === main) texts.push(...full.causes, ...full.solutions)
          expect(
            words(texts.join(' ')).some((word) => word.startsWith(query)),
            `${query}: ${entry.code}`,
          ).toBe(true)
        }
      }
    }
  })

  it('counts the first 32 distinct words of a query and ignores the rest', () => {
    const message = Array.from({ length: 32 }, (_, index) => `w${index}`).join(' ')
    const entries = [{ code: 11200, name: 'X', level: 'error', category: 'webhook', message, secondaryMessage: null }] as const
    expect(main.searchEntries(entries, `${message} w0 w1`)).toHaveLength(1)
    expect(main.searchEntries(entries, `${message} absent`)).toHaveLength(1) // the 33rd word is past the cap
    expect(main.searchEntries(entries, `absent ${message}`)).toHaveLength(0)
  })

  it('filters by level and category; lite search reads lite fields only', () => {
    for (const hit of main.search('invalid', { level: 'warning', category: 'voice-markup' }))
      expect(hit.entry).toMatchObject({ level: 'warning', category: 'voice-markup' })
    expect(lite.search('misconfigured web').map((hit) => hit.entry.code)).not.toContain(11200)
    expect(lite.search('HTTP retrieval')[0]?.entry.code).toBe(11200)
  })
})

describe('search reads a code the way people paste it', () => {
  it.each(['30003', 'Error 30003', 'ErrorCode=30003', 'error code: 30003', '"30003"', 'error_code: "30003"', '３０００３'])(
    '%j ranks 30003 first',
    (query) => {
      for (const api of [main, lite]) {
        const [first] = api.search(query)
        expect(first).toMatchObject({ entry: { code: 30003 }, match: 'code' })
      }
    },
  )

  it('offers the codes one edit away, first, for a number that is no code', () => {
    const near = main.search('3003').filter((hit) => hit.match === 'near')
    expect(near.map((hit) => hit.entry.code)).toEqual(main.nearCodes(3003))
    expect(main.search('Error 3003')[0]).toMatchObject({ entry: { code: 30003 }, match: 'near' })
    // Each code once: a near code is not also offered in a later rank.
    const codes = main.search('3003').map((hit) => hit.entry.code)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('offers a near code once, in the first rank, and keeps the other hits of the number after it (1000)', () => {
    const hits = main.search('1000')
    const codes = hits.map((hit) => hit.entry.code)
    expect(new Set(codes).size).toBe(codes.length)
    const near = main.nearCodes(1000)
    expect(near).toContain(10001) // whose code also starts with 1000, as a word of its text
    expect(hits.slice(0, near.length)).toEqual(near.map((code) => ({ entry: main.getError(code), match: 'near' })))
    const rest = hits.slice(near.length)
    expect(rest.length).toBeGreaterThan(0)
    expect(rest.every((hit) => hit.match === 'text' && !near.includes(hit.entry.code))).toBe(true)
  })

  it('keeps getError strict: full-width digits are no code there', () => {
    expect(main.getError('３０００３')).toBeUndefined()
    expect(main.parseErrorCode('３０００３')).toBeUndefined()
  })

  it('finds every code of the catalog by each pasted form of it (lite search: the same reading, over less text)', () => {
    for (const { code } of catalog.errors)
      for (const query of [`Error ${code}`, `ErrorCode=${code}`]) expect(lite.search(query)[0]?.entry.code, query).toBe(code)
  })
})

describe('reading codes in text (numbersInText, pastedNumber, nearNumbers)', () => {
  const read = (text: string, from?: number) => [...numbersInText(text, from)].map(({ digits, marked }) => `${digits}${marked ? '*' : ''}`)

  it('reads numbers that stand alone, with where they are', () => {
    expect([...numbersInText('ErrorCode=30003 MessageSid=SM12345 order 55555')]).toEqual([
      { digits: '30003', start: 10, end: 15, marked: true },
      { digits: '55555', start: 41, end: 46, marked: false },
    ])
    expect(read('(30003), 11200. end')).toEqual(['30003', '11200'])
    expect(read('３００３ and ３０００３')).toEqual(['3003', '30003'])
  })

  it('passes over numbers inside words, phone numbers, decimals and thousands', () => {
    for (const text of ['SM12345', 'x30003', '30003x', '_30003', '30003_', '+15551230000', '1.5', '1,000', '3,5', 'v2', 'é30003', '30003é']) {
      expect(read(text), text).toEqual([])
    }
    expect(read('30003. next')).toEqual(['30003']) // a period that ends a sentence
    expect(read('30003, 11200')).toEqual(['30003', '11200'])
    expect(read('30003 1')).toEqual(['30003', '1']) // a digit two places on joins only across a point or a comma
    expect(read('.30003')).toEqual(['30003'])
  })

  it('marks a number after error, code or error code, with separators, quotes and any case', () => {
    for (const text of [
      'error 30003',
      'Error_Code: "30003"',
      'code=30003',
      '"code": 30003',
      'errorcode 30003',
      'ERROR-CODE:30003',
      "error_code='30003'",
    ]) {
      expect(read(text), text).toEqual(['30003*'])
    }
    for (const text of ['order 30003', 'decode 30003', 'error: x 30003', 'errors 30003', 'errorstatuscode 30003'])
      expect(read(text), text).toEqual(['30003'])
  })

  it('looks at most 24 characters back for the key', () => {
    expect(read(`error${' '.repeat(19)}30003`)).toEqual(['30003*'])
    expect(read(`error${' '.repeat(20)}30003`)).toEqual(['30003'])
  })

  it('reads from a position: a number that starts before it is not read, a key before it still marks', () => {
    expect(read('30003 11200', 2)).toEqual(['11200'])
    expect(read('30003 11200', 6)).toEqual(['11200'])
    expect(read('error 30003', 6)).toEqual(['30003*'])
    expect(read('error 30003', 7)).toEqual([])
  })

  it('takes a query for a pasted code only when it holds one number and nothing but how codes are pasted', () => {
    for (const query of [
      '30003',
      ' 30003 ',
      'Error 30003',
      'ErrorCode=30003',
      'error code: 30003',
      '"30003"',
      '(30003)',
      'code #30003',
      '{"code": 30003}',
      'error_code=30003;',
    ]) {
      expect(pastedNumber(query), query).toBe('30003')
    }
    for (const query of ['30003 11200', 'timeout 30003', '', 'error', 'SM30003', '30003 timeout', 'code: 30003 x'])
      expect(pastedNumber(query), query).toBeUndefined()
  })

  it('gives exactly the numbers one edit away (a digit changed, added, removed, or two swapped), ascending, none with a leading zero', () => {
    /** Whether two digit strings are one edit apart, by brute force: the oracle. */
    const oneEdit = (a: string, b: string): boolean => {
      if (a === b) return false
      if (a.length === b.length) {
        const diff = [...a].flatMap((char, index) => (char === b[index] ? [] : [index]))
        return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!])
      }
      const [short, long] = a.length < b.length ? [a, b] : [b, a]
      if (long.length - short.length !== 1) return false
      return [...long].some((_, index) => long.slice(0, index) + long.slice(index + 1) === short)
    }
    for (const digits of ['1234', '3003', '1000']) {
      const expected: number[] = []
      for (let value = 10 ** (digits.length - 2); value < 10 ** (digits.length + 1); value++) {
        if (oneEdit(digits, String(value))) expected.push(value)
      }
      expect(
        nearNumbers(digits, () => true),
        digits,
      ).toEqual(expected)
    }
    expect(nearNumbers('30003', (value) => value === 30013 || value === 30003)).toEqual([30013])
    for (const digits of ['123', '1234567', ''])
      expect(
        nearNumbers(digits, () => true),
        digits,
      ).toEqual([])
    expect(asciiDigits('３０００３x٣')).toBe('30003x٣')
  })
})
