import { readFileSync } from 'node:fs'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { loadCurated } from '../lib/curated.ts'
import { emit } from '../lib/emit.ts'
import { buildCatalog, type Curated } from '../lib/pipeline.ts'
import { toCatalogFile } from '../lib/read.ts'
import { splitEntries } from '../lib/split.ts'
import { medians, ms, type Result } from './measure.ts'

/** The catalog `copies` times over, each copy's codes moved up by 100,000 so that all stay unique. */
export function syntheticCatalog(text: string, curated: Curated, copies: number): { text: string; curated: Curated } {
  const entries = text.split(/(?=^# Code: )/m)
  const shifted: string[] = []
  for (let copy = 0; copy < copies; copy++) {
    for (const entry of entries) {
      const code = /^# Code: (\d+)/.exec(entry)?.[1]
      // The entry's own code moves everywhere in it (docs headings too), so each copy reads like the original.
      shifted.push(code ? entry.replace(new RegExp(`\\b${code}\\b`, 'g'), String(Number(code) + copy * 100_000)) : entry)
    }
  }
  const taxonomy = curated.taxonomy.map((category) => ({
    ...category,
    ranges: Array.from({ length: copies }, (_, copy) =>
      category.ranges.map(([from, to]): [number, number] => [from + copy * 100_000, to + copy * 100_000]),
    ).flat(),
  }))
  return { text: shifted.join(''), curated: { ...curated, taxonomy, lock: {}, overrides: [] } }
}

/**
 * The catalog step against the floor of its work, a bare remark parse of the
 * 1,049 docs bodies; and against itself on a catalog ten times as large.
 */
export async function benchCatalog(rounds: number): Promise<Result[]> {
  const text = readFileSync('data/catalog.raw.txt', 'utf8')
  const curated = loadCurated()
  const bodies = splitEntries(toCatalogFile(text, 'catalog.raw.txt')).map((entry) => entry.docs.text)
  const parser = unified().use(remarkParse)
  const large = syntheticCatalog(text, curated, 10)
  const one = { ...curated, lock: {}, overrides: [] }

  // Two groups: the 10× catalog's large heap would slow the collector for the small runs beside it.
  const time = {
    ...(await medians(
      {
        bare: () => {
          for (const body of bodies) parser.parse(body)
        },
        step: () => emit(buildCatalog(text, 'data/catalog.raw.txt', curated)),
      },
      rounds,
    )),
    ...(await medians(
      { one: () => emit(buildCatalog(text, 'data/catalog.raw.txt', one)), ten: () => emit(buildCatalog(large.text, 'ten.txt', large.curated)) },
      rounds,
    )),
  }
  return [
    {
      name: 'catalog step / bare remark parse of the docs bodies',
      ratio: time.step! / time.bare!,
      budget: 2,
      detail: `${ms(time.step!)} / ${ms(time.bare!)}`,
    },
    {
      name: 'catalog step on a 10× catalog / on the real one',
      ratio: time.ten! / time.one!,
      budget: 11,
      detail: `${ms(time.ten!)} / ${ms(time.one!)}`,
    },
  ]
}
