import { describe, expect, it } from 'vitest'
import { loadCurated } from '../scripts/lib/curated.ts'
import { sortedMessages } from '../scripts/lib/diagnostics.ts'
import { buildCatalog, type Curated } from '../scripts/lib/pipeline.ts'
import { entry, rawEntry, shipped, shippedEntry } from './helpers.ts'

const curated: Curated = { ...loadCurated(), lock: {}, overrides: [] }
const base = rawEntry(10004) + rawEntry(11100)
const withOverride = (path: string, text: string) => buildCatalog(base, 'a.txt', { ...curated, overrides: [{ path, text }] })

describe('curated overrides', () => {
  it('set fields without touching the raw file, and the docs page follows', () => {
    const { catalog, files } = withOverride('data/overrides/10004.md', '---\nreason: test\nsecondaryMessage: Too many calls at once.\ncauses: [Too many calls]\n---\n')
    const [overridden] = catalog.errors
    expect(overridden).toMatchObject({ secondaryMessage: 'Too many calls at once.', causes: ['Too many calls'] })
    expect(overridden!.docs).toContain('### Call concurrency limit exceeded\n\nToo many calls at once.\n')
    expect(overridden!.docs).toContain('#### Possible causes\n\n- Too many calls\n')
    expect(files[1]!.messages.map((message) => message.reason)).toEqual(['Override of `10004` (secondaryMessage, causes): test'])
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
    ['an unknown code', 'data/overrides/99999.md', '---\nreason: x\n---\n', 'data/overrides/99999.md:1:1  error  Unexpected override for `99999`, which is not a code of the catalog'],
    ['an unknown field', 'data/overrides/10004.md', '---\nreason: x\nseverity: high\n---\n', 'data/overrides/10004.md:3:1  error  Unexpected field `severity` in an override'],
    ['a missing reason', 'data/overrides/10004.md', '---\nmessage: x\n---\n', 'data/overrides/10004.md:1:1  error  Unexpected value of `reason`'],
    ['a bad value', 'data/overrides/10004.md', '---\nreason: x\nlevel: fatal\n---\n', 'data/overrides/10004.md:3:1  error  Unexpected value of `level`'],
    ['broken YAML', 'data/overrides/10004.md', '---\nreason: [x\n---\n', 'data/overrides/10004.md:1:1  error  Unexpected front matter'],
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

  it('shipped: the flattened docs of 13619 and the table of 53215 give causes and solutions', () => {
    expect(shippedEntry(13619).causes).toEqual(['The transcription attribute was specified for a type of recording that does not currently support transcription.'])
    expect(shippedEntry(53215).solutions).toHaveLength(5)
    expect(shippedEntry(10001).secondaryMessage).toBe('This account has been disabled and may not be used until it is reactivated.')
  })
})
