/**
 * The two catalogs most tests read, built once per test run by the global
 * setup (`test/global-setup.ts`) and handed to every test file as plain data:
 * building them in each file cost 1.5–3.5 s a file.
 */
import type { VFile } from 'vfile'
import { loadCurated } from '../scripts/lib/curated.ts'
import { buildCatalog, type CatalogResult } from '../scripts/lib/pipeline.ts'

export const rawPath = 'data/catalog.raw.txt'

/** A message of a build's report, as plain data. */
export interface BuiltMessage {
  reason: string
  ruleId: string | undefined
  source: string | undefined
  line: number | undefined
  column: number | undefined
  fatal: boolean | null | undefined
}

/** A build as plain data: the catalog, the lock, the retired codes, and the messages of each file. */
export interface BuiltCatalog extends Omit<CatalogResult, 'files'> {
  files: { path: string; messages: BuiltMessage[] }[]
}

const plain = ({ files, ...result }: CatalogResult): BuiltCatalog => ({
  ...result,
  files: files.map((file: VFile) => ({
    path: String(file.path),
    messages: file.messages.map(({ reason, ruleId, source, line, column, fatal }) => ({ reason, ruleId, source, line, column, fatal })),
  })),
})

/** The catalog as shipped (all curated data), and the raw file read by the rules alone (no overrides). */
export function buildBoth(rawText: string): { shipped: BuiltCatalog; byRules: BuiltCatalog } {
  const curated = loadCurated()
  return {
    shipped: plain(buildCatalog(rawText, rawPath, curated)),
    byRules: plain(buildCatalog(rawText, rawPath, { ...curated, overrides: [] })),
  }
}
