/**
 * `npm run catalog:diff -- OLD.json [NEW.json]`: what changed between two
 * catalog JSONs, as a changelog fragment in Markdown with the version bump it
 * implies. NEW defaults to data/catalog.json; OLD is usually the last
 * release's (`git show v1.0.0:data/catalog.json > /tmp/old.json`).
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { diffCatalogs, formatDiff, type DiffInput } from './lib/diff.ts'
import { anyLayoutCatalogSchema } from './lib/schema.ts'

const usage = 'Usage: npm run catalog:diff -- OLD.json [NEW.json]   (NEW.json defaults to data/catalog.json)'

function read(path: string): DiffInput {
  const { source, errors } = anyLayoutCatalogSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  // An older catalog is named by its raw file.
  return { source: { catalog: source.catalog ?? source.file }, errors }
}

function main(): number {
  let positionals: string[]
  try {
    const parsed = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true })
    if (parsed.values.help) {
      console.log(usage)
      return 0
    }
    positionals = parsed.positionals
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`)
    return 2
  }
  const [oldPath, newPath = 'data/catalog.json', ...extra] = positionals
  if (oldPath === undefined || extra.length > 0) {
    console.error(usage)
    return 2
  }
  try {
    process.stdout.write(formatDiff(diffCatalogs(read(oldPath), read(newPath))))
    return 0
  } catch (error) {
    console.error(`catalog:diff: ${error instanceof z.ZodError ? `not a catalog JSON: ${z.prettifyError(error)}` : (error as Error).message}`)
    return 1
  }
}

process.exitCode = main()
