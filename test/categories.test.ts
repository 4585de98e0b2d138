import { describe, expect, it } from 'vitest'
import { loadCurated } from '../scripts/lib/curated.ts'
import { buildCatalog, type Curated } from '../scripts/lib/pipeline.ts'
import { entry, rawEntry, shipped } from './helpers.ts'

const curated: Curated = { ...loadCurated(), lock: {}, overrides: [] }

describe('categories', () => {
  it('put every shipped code in exactly one category of the taxonomy', () => {
    const slugs = new Set(curated.taxonomy.map((category) => category.slug))
    for (const candidate of shipped().catalog.errors) expect(slugs).toContain(candidate.category)
    expect(entry(11200).category).toBe('webhook')
    expect(entry(30003).category).toBe('message-delivery')
    expect(entry(90000).category).toBe('flex')
    expect(entry(90010).category).toBe('message-delivery')
    expect(entry(90100).category).toBe('autopilot')
  })

  it('every category of the taxonomy is used', () => {
    const used = new Set(shipped().catalog.errors.map((candidate) => candidate.category))
    expect([...used].sort()).toEqual(curated.taxonomy.map((category) => category.slug).sort())
  })

  it('fail the build on a code that no range covers', () => {
    const taxonomy = curated.taxonomy.filter((category) => category.slug !== 'account')
    expect(() => buildCatalog(rawEntry(10004), 'a.txt', { ...curated, taxonomy })).toThrowError(
      'a.txt:1:9  error  Unexpected code `10004` that no category range covers  uncategorised-code  category',
    )
  })

  it('fail the build on a code that two ranges cover', () => {
    const taxonomy = [...curated.taxonomy, { slug: 'calls', title: 'Calls', description: 'Calls.', ranges: [[10004, 10004]] as [number, number][] }]
    expect(() => buildCatalog(rawEntry(10004), 'a.txt', { ...curated, taxonomy })).toThrowError(
      /a\.txt:1:9 {2}error {2}Unexpected code `10004` covered by several categories: `account`, `calls`/,
    )
  })
})
