import { describe, expect, it } from 'vitest'
import { loadCurated } from '../scripts/lib/curated.ts'
import { CatalogError } from '../scripts/lib/diagnostics.ts'
import { parseFields } from '../scripts/lib/fields.ts'
import { buildCatalog, type Curated } from '../scripts/lib/pipeline.ts'
import { toCatalogFile } from '../scripts/lib/read.ts'
import { splitEntries } from '../scripts/lib/split.ts'
import { rawEntry, rawText } from './helpers.ts'

const curated: Curated = { ...loadCurated(), lock: {}, overrides: [] }
/** Two real, small entries: the base of the malformed catalogs below. */
const base = rawEntry(10004) + rawEntry(11100)

/** The error lines a build of `text` fails with. */
function errorsOf(text: string): string[] {
  try {
    buildCatalog(text, 'bad.txt', curated)
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError)
    return (error as Error).message.split('\n')
  }
  throw new Error('expected the build to fail')
}

describe('splitEntries', () => {
  it('cuts the shipped catalog into 1,049 entries with header lines and docs bodies', () => {
    const file = toCatalogFile(rawText, 'catalog.raw.txt')
    const entries = splitEntries(file)
    expect(entries).toHaveLength(1049)
    expect(file.messages).toEqual([])
    const first = entries[0]!
    expect(first).toMatchObject({ code: 10001, line: 1 })
    expect(first.header.map((line) => line.line)).toEqual([2, 3, 4, 5, 6, 7])
    expect(first.docs.line).toBe(9)
    expect(first.docs.text.split('\n')[0]).toBe('## Error - 10001 ')
    // Trailing blank lines belong to no entry.
    expect(first.docs.text.endsWith('inquire further.')).toBe(true)
  })

  it('keeps a docs line that looks like a field inside the docs (32007: "The AOR refers to: ...")', () => {
    const entries = splitEntries(toCatalogFile(rawEntry(32007), 'x'))
    expect(entries[0]!.docs.text.split('\n')[0]).toBe('The AOR refers to: username@yoursipdomain.com')
  })
})

describe('malformed catalogs fail with file:line:column', () => {
  it.each([
    ['an empty file', '', 'bad.txt:1:1  error  Unexpected empty catalog'],
    ['a file of blank lines', '\n\n  \n', 'bad.txt:1:1  error  Unexpected empty catalog'],
    ['text before the first entry', `Errors\n${base}`, 'bad.txt:1:1  error  Unexpected text before the first entry'],
    [
      'an entry without Docs:',
      base.replace('Docs:\n## Error - 10004', '## Error - 10004'),
      'bad.txt:1:1  error  Unexpected entry `10004` without a `Docs:` line',
    ],
    [
      'a duplicate code',
      base.replace('# Code: 11100', '# Code: 10004'),
      'bad.txt:17:9  error  Unexpected duplicate code `10004`, first defined on line 1',
    ],
    ['a non-numeric code', base.replace('# Code: 11100', '# Code: 11x00'), 'bad.txt:17:9  error  Unexpected code `11x00`, expected a number'],
    [
      'an unknown log level',
      base.replace('Log Level: ERROR  \nMessage: Invalid URL', 'Log Level: FATAL  \nMessage: Invalid URL'),
      'bad.txt:18:12  error  Unexpected log level `FATAL`',
    ],
    [
      'a missing log level',
      base.replace(/Log Level: ERROR {2}\nMessage: Invalid URL/, 'Message: Invalid URL'),
      'bad.txt:17:1  error  Unexpected entry `11100` without a `Log Level`',
    ],
    [
      'text between a code line and its first field',
      base.replace('# Code: 11100\n', '# Code: 11100\nstray\n'),
      'bad.txt:18:1  error  Unexpected text between the code line and the first field',
    ],
    [
      'a field given twice',
      base.replace(
        'Description: null  \nCause: null  \nSolutions: null  \nDocs:\n## Error - 11100',
        'Description: null  \nCause: null  \nCause: x\nSolutions: null  \nDocs:\n## Error - 11100',
      ),
      'bad.txt:23:1  error  Unexpected second `Cause` field',
    ],
  ])('%s', (_, text, expected) => {
    const [first] = errorsOf(text)
    expect(first).toContain(expected)
  })

  it('lists every structural error, not only the first', () => {
    const text = base.replace('# Code: 11100', '# Code: 10004') + rawEntry(11200).replace('# Code: 11200', '# Code: abc')
    const errors = errorsOf(text)
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/^bad\.txt:17:9 .*duplicate-code/)
    expect(errors[1]).toMatch(/non-numeric-code/)
  })

  it('reads "null" as absent and a missing field as absent', () => {
    const file = toCatalogFile(base.replace('Message: Call concurrency limit exceeded', 'Message: null'), 'x')
    const [entry] = splitEntries(file)
    const header = parseFields(file, entry!)!
    expect(header.fields.Message).toBeUndefined()
    expect(header.fields['Secondary Message']).toBeUndefined()
    expect(header.level).toBe('error')
  })
})

describe('line endings and byte-order mark', () => {
  it('CRLF line endings and a UTF-8 BOM give the same catalog as the clean file', () => {
    const clean = buildCatalog(base, 'a.txt', curated).catalog
    const crlf = buildCatalog(base.replace(/\n/g, '\r\n'), 'a.txt', curated).catalog
    const bom = buildCatalog(`\uFEFF${base}`, 'a.txt', curated).catalog
    expect(crlf.errors).toEqual(clean.errors)
    expect(bom.errors).toEqual(clean.errors)
    expect(clean.errors).toHaveLength(2)
  })

  it('keeps positions of the file as shipped under CRLF', () => {
    const [error] = errorsOf(base.replace('# Code: 11100', '# Code: 10004').replace(/\n/g, '\r\n'))
    expect(error).toContain('bad.txt:17:9')
  })
})
