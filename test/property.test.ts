import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadCurated } from '../scripts/lib/curated.ts'
import { CatalogError } from '../scripts/lib/diagnostics.ts'
import { buildCatalog, type Curated } from '../scripts/lib/pipeline.ts'
import { fuzz } from './fuzz.ts'
import { rawText } from './helpers.ts'

const curated: Curated = { ...loadCurated(), lock: {}, overrides: [] }
const lines = rawText.split('\n')
/** Line numbers where entries start, to cut real slices of the catalog. */
const starts = lines.flatMap((line, index) => (line.startsWith('# Code: ') ? [index] : []))
const positioned = /^[^\n]+:\d+:\d+ {2}error {2}\S/

/**
 * Either a catalog, or an error whose every line is `file:line:column  error  …`.
 * A build that returns has passed the schema inside `buildCatalog`; checking
 * it again here could not fail, so the property is: no other outcome.
 */
function checkOutcome(text: string): void {
  try {
    buildCatalog(text, 'fuzz.txt', curated)
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError)
    for (const line of (error as Error).message.split('\n')) expect(line).toMatch(positioned)
  }
}

/** A slice of 1 to 6 consecutive real entries. */
const slice = fc
  .integer({ min: 0, max: starts.length - 7 })
  .chain((first) => fc.integer({ min: 1, max: 6 }).map((count) => lines.slice(starts[first], starts[first + count]).join('\n')))

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string(),
      fc.constantFrom(
        '# Code: 10001',
        'Docs:',
        'Log Level: x',
        'Message: null',
        '<b>Cause</b>',
        '#### Possible Causes',
        '* item',
        '```',
        '[x]: /errors/1',
        '<a href="/x">',
        '&lt;',
      ),
    ),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), offset: fc.nat(), text: fc.string({ maxLength: 8 }) }),
)
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never

function mutate(text: string, mutations: Mutation[]): string {
  const rows = text.split('\n')
  for (const change of mutations) {
    const at = change.at % (rows.length + 1)
    if (change.kind === 'delete') rows.splice(at, 1)
    else if (change.kind === 'duplicate') rows.splice(at, 0, rows[at] ?? '')
    else if (change.kind === 'insert') rows.splice(at, 0, change.text)
    else if (change.kind === 'swap') {
      const other = change.other % rows.length
      ;[rows[at], rows[other]] = [rows[other] ?? '', rows[at] ?? '']
    } else {
      const row = rows[at] ?? ''
      const offset = change.offset % (row.length + 1)
      rows[at] = row.slice(0, offset) + change.text + row.slice(offset)
    }
  }
  return rows.join('\n')
}

describe('the parser on arbitrary input', () => {
  it('never crashes on arbitrary text: a valid catalog or a positioned error', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkOutcome), fuzz(300))
  })

  it('never crashes on mutated real catalogs', () => {
    fc.assert(
      fc.property(slice, fc.array(mutation, { minLength: 1, maxLength: 6 }), (text, mutations) => checkOutcome(mutate(text, mutations))),
      fuzz(300),
    )
  })

  it('reads real slices of the catalog without errors', () => {
    fc.assert(
      fc.property(slice, (text) => {
        expect(buildCatalog(text, 'slice.txt', curated).catalog.errors.length).toBeGreaterThan(0)
      }),
      fuzz(100),
    )
  })
})
