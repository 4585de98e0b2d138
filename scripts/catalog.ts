/**
 * `npm run catalog -- [--input FILE] [--out FILE]`: build the catalog JSON from
 * the raw catalog, and write the names lock and the data-quality report.
 * The only module of the catalog step that touches the file system.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { CatalogError } from './lib/diagnostics.ts'
import { buildCatalog, type CatalogResult } from './lib/pipeline.ts'
import { curatedPaths, loadCurated } from './lib/curated.ts'
import { emit } from './lib/emit.ts'

const defaults = {
  input: 'data/catalog.raw.txt',
  out: 'data/catalog.json',
  report: 'data/catalog.report.txt',
  lock: curatedPaths.lock,
  overrides: curatedPaths.overrides,
}

const usage = `Usage: npm run catalog -- [--input FILE] [--out FILE] [--report FILE] [--lock FILE] [--overrides DIR]

Build the catalog JSON from a raw SignalWire error catalog.

  --input FILE     raw catalog to read (default: ${defaults.input})
  --out FILE       catalog JSON to write, its JSON Schema beside it (default: ${defaults.out})
  --report FILE    data-quality report to write (default: ${defaults.report})
  --lock FILE      names lock to read and update (default: ${defaults.lock})
  --overrides DIR  curated override files (default: ${defaults.overrides})
  --help           show this help`

function main(): number {
  let options
  try {
    options = parseArgs({
      options: {
        input: { type: 'string', default: defaults.input },
        out: { type: 'string', default: defaults.out },
        report: { type: 'string', default: defaults.report },
        lock: { type: 'string', default: defaults.lock },
        overrides: { type: 'string', default: defaults.overrides },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`)
    return 2
  }
  if (options.help) {
    console.log(usage)
    return 0
  }

  let result: CatalogResult
  try {
    const text = readFileSync(options.input, 'utf8')
    result = buildCatalog(text, relative(process.cwd(), options.input), loadCurated(options.lock, options.overrides))
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException
    // Catalog and curated-data errors are already `file:line:column` lines; a file that cannot be read is not.
    console.error(error instanceof CatalogError || code === undefined ? message : `${options.input}:1:1  error  Cannot read: ${message}`)
    return 1
  }

  const outputs = emit(result)
  write(options.out, outputs.catalog)
  write(options.out.replace(/\.json$/, '.schema.json'), outputs.schema)
  write(options.lock, outputs.lock)
  write(options.report, outputs.report)
  console.log(summary(result, outputs.warnings, options.report))
  return 0
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}

function summary({ catalog }: CatalogResult, warnings: number, reportPath: string): string {
  const count = (key: (entry: (typeof catalog.errors)[number]) => string) => {
    const counts = new Map<string, number>()
    for (const entry of catalog.errors) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1)
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  }
  const rows = (pairs: [string, number][]) => pairs.map(([key, value]) => `  ${key.padEnd(22)} ${String(value).padStart(5)}`)
  return [
    `${catalog.source.file}: ${catalog.errors.length} entries`,
    'by level:',
    ...rows(count((entry) => entry.level)),
    'by category:',
    ...rows(count((entry) => entry.category)),
    `data-quality warnings: ${warnings} (see ${reportPath})`,
  ].join('\n')
}

process.exitCode = main()
