import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCurated } from '../scripts/lib/curated.ts'
import { CatalogError, sortedMessages } from '../scripts/lib/diagnostics.ts'
import { buildCatalog, type Curated } from '../scripts/lib/pipeline.ts'
import { entry, rawEntry, shipped, shippedEntry } from './helpers.ts'

const curated: Curated = { ...loadCurated(), lock: {}, overrides: [] }
const base = rawEntry(10004) + rawEntry(11100)
const withOverride = (path: string, text: string) => buildCatalog(base, 'a.txt', { ...curated, overrides: [{ path, text }] })

describe('curated overrides', () => {
  it('set fields without touching the raw file; a secondary message may be cut, and the page follows it', () => {
    const text = '---\nreason: test\nsecondaryMessage: The format of the URL\ncauses: [Too many calls]\n---\n'
    expect(() => withOverride('data/overrides/11100.md', text)).toThrowError(
      /11100\.md:3:1 {2}error {2}Unexpected `secondaryMessage` .* never respell it/,
    )
    const { catalog, files } = withOverride('data/overrides/11100.md', text.replace('The format of the URL', 'The format of the provided'))
    const overridden = catalog.errors[1]!
    expect(overridden).toMatchObject({ code: 11100, secondaryMessage: 'The format of the provided', causes: ['Too many calls'] })
    expect(base).toContain('Secondary Message: The format of the provided URL is invalid.')
    // The docs body says the cut secondary message, so the page does not repeat it; the page's causes are the docs'.
    expect(overridden.docs).toContain(
      '### Invalid URL format\n\nThe format of the provided URL is invalid.\n\n#### Possible causes\n\n- Bad URL for phone number configuration',
    )
    expect(files[1]!.messages.map((message) => message.reason)).toEqual(['Override of `11100` (secondaryMessage, causes): test'])
  })

  it('leave a sentence of the secondary message off the page (offPage), and fail on one that starts no shown sentence', () => {
    const raw = rawEntry(21211)
    const shown = buildCatalog(raw, 'a.txt', curated).catalog.errors[0]!
    expect(shown.docs).toContain('SignalWire accepts only 10 digit US domestic and Canadian phone numbers')
    const offPage = (start: string) =>
      buildCatalog(raw, 'a.txt', {
        ...curated,
        overrides: [{ path: 'data/overrides/21211.md', text: `---\nreason: x\noffPage:\n  - ${start}\n---\n` }],
      })
    const left = offPage('SignalWire accepts only').catalog.errors[0]!
    expect(left.docs).not.toContain('accepts only 10 digit')
    expect(left.docs).toContain('For example, these are all valid')
    expect(left.secondaryMessage).toContain('accepts only 10 digit')
    expect(() => offPage('SignalWire accepts every number')).toThrowError(
      /21211\.md:1:1 {2}error {2}Unexpected `offPage` sentence of `21211` that starts no sentence its page would show: "SignalWire accepts every number"/,
    )
  })

  it('null a secondary message: the page no longer shows it', () => {
    const secondary = 'The format of the provided URL is invalid.'
    const bare = base.replace(/^The format of the provided URL is invalid\.$/m, 'Something else.')
    const shown = buildCatalog(bare, 'a.txt', curated).catalog.errors[1]!
    expect(shown.docs).toContain(`### Invalid URL format\n\n${secondary}\n\nSomething else.`)
    const nulled = buildCatalog(bare, 'a.txt', {
      ...curated,
      overrides: [{ path: 'data/overrides/11100.md', text: '---\nreason: x\nsecondaryMessage: null\n---\n' }],
    }).catalog.errors[1]!
    expect(nulled.secondaryMessage).toBeNull()
    expect(nulled.docs).not.toContain(secondary)
  })

  it('replace the docs body with their own, read by the same rules', () => {
    const body = '## Error - 10004\n\n### Call concurrency limit exceeded\n\n#### Possible Causes\n* Too many calls\n'
    const [overridden] = withOverride('data/overrides/10004.md', `---\nreason: test\n---\n${body}`).catalog.errors
    expect(overridden!.causes).toEqual(['Too many calls'])
    expect(overridden!.description).toBeNull()
  })

  it('report problems of a replacing body at their place in the override file', () => {
    const { files } = withOverride('data/overrides/10004.md', '---\nreason: test\n---\n## Warning\n\nSee [the console](/console).\n')
    const problems = sortedMessages(files[1]!).filter((message) => message.fatal === false)
    expect(problems.map((message) => [message.line, message.column, message.ruleId])).toEqual([
      [4, 1, 'docs-level-conflict'],
      [6, 5, 'unresolvable-relative-link'],
    ])
  })

  it.each([
    [
      'an unknown code',
      'data/overrides/99999.md',
      '---\nreason: x\n---\n',
      'data/overrides/99999.md:1:1  error  Unexpected override for `99999`, which is not a code of the catalog',
    ],
    [
      'an unknown field',
      'data/overrides/10004.md',
      '---\nreason: x\nseverity: high\n---\n',
      'data/overrides/10004.md:3:1  error  Unexpected field `severity` in an override',
    ],
    ['a missing reason', 'data/overrides/10004.md', '---\nmessage: x\n---\n', 'data/overrides/10004.md:1:1  error  Unexpected value of `reason`'],
    [
      'a bad value',
      'data/overrides/10004.md',
      '---\nreason: x\nlevel: fatal\n---\n',
      'data/overrides/10004.md:3:1  error  Unexpected value of `level`',
    ],
    ['broken YAML', 'data/overrides/10004.md', '---\nreason: [x\n---\n', 'data/overrides/10004.md:1:1  error  Unexpected front matter'],
    [
      'a category not in the taxonomy',
      'data/overrides/10004.md',
      '---\nreason: x\ncategory: not-a-category\n---\n',
      'data/overrides/10004.md:3:1  error  Unexpected category `not-a-category`',
    ],
    [
      'a respelled message',
      'data/overrides/10004.md',
      '---\nreason: x\nmessage: Call concurrency limit reached\n---\n',
      'data/overrides/10004.md:3:1  error  Unexpected `message`',
    ],
  ])('fail the build on %s', (_, path, text, expected) => {
    expect(() => withOverride(path, text)).toThrowError(expected)
  })

  it('shipped: filler secondary messages are curated away, each with its reason', () => {
    expect(entry(13233).secondaryMessage).toBe('placeholder')
    expect(shippedEntry(13233).secondaryMessage).toBeNull()
    expect(shippedEntry(13233).docs).not.toContain('placeholder')
    const overrides = shipped().files.slice(1)
    expect(overrides.length).toBe(loadCurated().overrides.length)
    for (const file of overrides) expect(file.messages.map((message) => message.ruleId)).toEqual(['override'])
  })

  it('shipped: causes stated under no heading are curated (13619, 21612, 53215)', () => {
    expect(shippedEntry(13619).causes).toEqual([
      'The transcription attribute was specified for a type of recording that does not currently support transcription.',
    ])
    expect(shippedEntry(21612).causes).toHaveLength(3)
    expect(shippedEntry(53215).solutions).toHaveLength(5)
    // Every entry the report flags for causes or solutions under no heading has an override with its reason.
    const flagged = shipped()
      .files[0]!.messages.filter((message) => String(message.ruleId).startsWith('unintroduced-'))
      .map((message) => Number(/`(\d+)`/.exec(message.reason)![1]))
    const curatedCodes = loadCurated().overrides.map((override) => Number(/(\d+)\.md$/.exec(override.path)![1]))
    expect(flagged.length).toBeGreaterThan(0)
    for (const code of flagged) expect(curatedCodes).toContain(code)
  })

  it('shipped: messages stay what SignalWire sends; only flattened docs pasted after one are cut (10001, 11751)', () => {
    expect(shippedEntry(10001).secondaryMessage).toBe(entry(10001).secondaryMessage)
    expect(shippedEntry(10001).secondaryMessage).toContain('reactived')
    expect(entry(11751).secondaryMessage).toContain('#### Possible Solutions')
    expect(shippedEntry(11751).secondaryMessage).toBe(
      "The combined size of the media in the message exceeds the maximum size limit for that number's mobile operator.",
    )
    for (const candidate of shipped().catalog.errors) {
      const vendor = entry(candidate.code)
      expect(vendor.message.startsWith(candidate.message), `${candidate.code}`).toBe(true)
      if (candidate.secondaryMessage !== null) expect(vendor.secondaryMessage?.startsWith(candidate.secondaryMessage), `${candidate.code}`).toBe(true)
    }
  })
})

describe('curated JSON files', () => {
  const write = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'curated-')), 'names.curated.json')
    writeFileSync(path, text)
    return path
  }

  it('report every problem at its place, not only the first at 1:1', () => {
    const names = write(
      '{\n  "words": {\n    "UODATED": { "word": "updated", "reason": "typo" }\n  },\n  "names": {\n    "11200": { "name": "HTTP_RETRIEVAL_FAILURE" },\n    "x": { "name": "X", "reason": "r" }\n  }\n}\n',
    )
    expect(() => loadCurated({ names })).toThrow(CatalogError)
    try {
      loadCurated({ names })
    } catch (error) {
      const lines = (error as Error).message.split('\n')
      expect(lines).toEqual([
        `${names}:3:18  error  Unexpected value at \`words.UODATED.word\`: Invalid string: must match pattern /^[A-Z0-9]+$/  invalid-curated-data  curated`,
        // A missing key is placed at the object that lacks it.
        `${names}:6:5  error  Unexpected value at \`names.11200.reason\`: Invalid input: expected string, received undefined  invalid-curated-data  curated`,
        `${names}:7:5  error  Unexpected value at \`names.x\`: Invalid key in record  invalid-curated-data  curated`,
      ])
    }
  })

  it('place unreadable JSON where the parser stopped', () => {
    const names = write('{\n  "words": {,\n}\n')
    expect(() => loadCurated({ names })).toThrow(new RegExp(`^${names}:2:13  error  Unexpected unreadable JSON: `))
  })
})
