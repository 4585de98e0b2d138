/** Full entries: a lite entry plus the docs parts of its category's rows, and the docs page rendered from them. */
import { deepFreeze } from './decode.ts'
import { liteEntry } from './entries.ts'
import { indexesOfCategory } from './lookup.ts'
import { renderDocs } from './render.ts'
import type { DocsRow } from './rows.ts'
import type { DocsSection, ErrorEntry } from './types.ts'

const fullCache: ErrorEntry[] = []
const parsedRows: Record<string, readonly DocsRow[]> = {}

const pairs = (flat: readonly string[] | 0 | undefined): DocsSection[] => {
  const sections: DocsSection[] = []
  for (let at = 0; flat && at < flat.length; at += 2) sections.push({ title: flat[at]!, body: flat[at + 1]! })
  return sections
}

/** The full entry of the code at a position, given the docs rows (JSON) of its category. */
export function fullEntry(index: number, rowsOf: (category: string) => string): ErrorEntry {
  let entry = fullCache[index]
  if (!entry) {
    const lite = liteEntry(index)
    const rows = (parsedRows[lite.category] ??= JSON.parse(rowsOf(lite.category)))
    const [description, causes, solutions, sections, docsSecondary, noDocs] = rows[indexesOfCategory(lite.category).indexOf(index)]!
    const { code, name, level, category, message, secondaryMessage, related } = lite
    const parts = { description: description || null, causes: causes || [], solutions: solutions || [], sections: pairs(sections) }
    const docs = noDocs ? null : renderDocs({ ...lite, ...parts, secondary: docsSecondary || secondaryMessage })
    // The key order of the catalog JSON.
    entry = fullCache[index] = deepFreeze({ code, name, level, category, message, secondaryMessage, ...parts, related, docs } as ErrorEntry)
  }
  return entry
}
