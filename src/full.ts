/** Full entries: a lite entry plus its docs row, whose page gives the docs and, unless stored apart, the other fields. */

import { indexesOfCategory } from './code-index.ts'
import { docsTitle, liteEntry } from './entries.ts'
import { entryFromRow } from './format/page.ts'
import type { DocsRow } from './format/rows.ts'
import { deepFreeze } from './freeze.ts'
import type { ErrorEntry } from './types.ts'

const fullCache: ErrorEntry[] = []
const parsedRows: Record<string, readonly DocsRow[]> = {}

/** The full entry of the code at a position, given the docs rows (JSON) of its category. */
export function fullEntry(index: number, rowsOf: (category: string) => string): ErrorEntry {
  let entry = fullCache[index]
  if (!entry) {
    const lite = liteEntry(index)
    parsedRows[lite.category] ??= JSON.parse(rowsOf(lite.category)) as DocsRow[]
    const rows = parsedRows[lite.category]!
    const row = rows[indexesOfCategory(lite.category).indexOf(index)]!
    entry = deepFreeze(entryFromRow(lite, docsTitle(index, lite.message), row))
    fullCache[index] = entry
  }
  return entry
}
