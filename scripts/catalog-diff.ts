/**
 * `npm run catalog:diff -- OLD.json [NEW.json]`: what changed between two
 * catalog JSONs, as a changelog fragment in Markdown with the version bump it
 * implies. NEW defaults to data/catalog.json; OLD is usually the last
 * release's (`git show v1.0.0:data/catalog.json > /tmp/old.json`).
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { type DiffInput, diffCatalogs, formatDiff } from './lib/diff.ts'
import { anyLayoutCatalogSchema } from './lib/schema.ts'

const usage = 'Usage: npm run catalog:diff -- OLD.json [NEW.json]   (NEW.json defaults to data/catalog.json)'

function read(path: string): DiffInput {
  const { source, errors } = anyLayoutCatalogSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  // An older catalog is named by its raw file.
  return { source: { catalog: source.catalog ?? source.file }, errors }
}

/** Where a run writes: the console, or a test's capture. */
export interface Output {
  out: (text: string) => void
  err: (text: string) => void
}

/** Run the command with its arguments; the exit status. */
export function runCatalogDiff(args: string[], { out, err }: Output = { out: console.log, err: console.error }): number {
  let positionals: string[]
  try {
    const parsed = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true })
    if (parsed.values.help) {
      out(usage)
      return 0
    }
    positionals = parsed.positionals
  } catch (error) {
    err(`${(error as Error).message}\n${usage}`)
    return 2
  }
  const [oldPath, newPath = 'data/catalog.json', ...extra] = positionals
  if (oldPath === undefined || extra.length > 0) {
    err(usage)
    return 2
  }
  try {
    out(formatDiff(diffCatalogs(read(oldPath), read(newPath))).trimEnd())
    return 0
  } catch (error) {
    err(`catalog:diff: ${error instanceof z.ZodError ? `not a catalog JSON: ${z.prettifyError(error)}` : (error as Error).message}`)
    return 1
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = runCatalogDiff(process.argv.slice(2))
