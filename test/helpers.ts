import { readFileSync } from 'node:fs'
import { inject } from 'vitest'
import { nodesToPlainText } from '../scripts/lib/plain-text.ts'
import type { Entry } from '../scripts/lib/schema.ts'
import { type BuiltCatalog, buildBoth, rawPath } from './catalog-builds.ts'
import { parser } from './faithful.ts'

export { rawPath }
export const rawText = readFileSync(rawPath, 'utf8')

/** The catalogs of the global setup; a test file run on its own (an editor's runner) builds them itself. */
let catalogs: { shipped: BuiltCatalog; byRules: BuiltCatalog } | undefined
const built = () => (catalogs ??= inject('catalogs') ?? buildBoth(rawText))

/** The catalog as shipped: the raw file with all curated data, overrides included. */
export const shipped = (): BuiltCatalog => built().shipped

/** The raw file read by the catalog rules alone: curated taxonomy and names, no overrides. */
export const byRules = (): BuiltCatalog => built().byRules

const find = (result: BuiltCatalog, code: number): Entry => {
  const found = result.catalog.errors.find((candidate) => candidate.code === code)
  // Throwing keeps a test from passing on a missing entry.
  if (!found) throw new Error(`no entry ${code}`)
  return found
}

/** An entry as the rules read it from the raw file (no overrides). */
export const entry = (code: number): Entry => find(byRules(), code)

/** An entry as shipped, overrides applied. */
export const shippedEntry = (code: number): Entry => find(shipped(), code)

/** The raw text of one entry, from its `# Code:` line to the next. */
export function rawEntry(code: number): string {
  const start = rawText.indexOf(`# Code: ${code}\n`)
  if (start < 0) throw new Error(`no raw entry ${code}`)
  const end = rawText.indexOf('\n# Code: ', start + 1)
  return rawText.slice(start, end < 0 ? undefined : end + 1)
}

/** Rule ids of the messages reading the raw file gave about a code. */
export function rulesFor(code: number): string[] {
  return byRules()
    .files.flatMap((file) => file.messages)
    .filter((message) => message.reason.includes(`\`${code}\``))
    .map((message) => String(message.ruleId))
}

/** Headings of a docs page, as `## text` lines. */
export const headingsOf = (docs: string | null): string[] => (docs ?? '').split('\n').filter((line) => /^#{1,6} /.test(line))

/** The plain text of catalog markdown as a CommonMark parser reads it: the oracle for `toPlainText` and for the rules tests. */
export const plainText = (markdown: string): string => nodesToPlainText(parser.parse(markdown))
