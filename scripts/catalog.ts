/**
 * `npm run catalog -- [--input FILE] [--retire CODES] [--taken DATE]`: build the
 * catalog JSON from the raw catalog, and write the names lock, the retired
 * codes and the data-quality report. The only module of the catalog step that
 * touches the file system.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { curatedPaths, loadCurated } from './lib/curated.ts'
import { CatalogError } from './lib/diagnostics.ts'
import { emit, toJson } from './lib/emit.ts'
import { buildCatalog, type CatalogResult } from './lib/pipeline.ts'
import { anyLayoutCatalogSchema, type Catalog, type LiveEntry, vendorSchema } from './lib/schema.ts'

const defaults = {
  input: 'data/catalog.raw.txt',
  out: 'data/catalog.json',
  report: 'data/catalog.report.txt',
  lock: curatedPaths.lock,
  overrides: curatedPaths.overrides,
  vendor: curatedPaths.vendor,
  retired: curatedPaths.retired,
}

const usage = `Usage: npm run catalog -- [--input FILE] [--retire CODES] [--taken DATE] [--out FILE] [--report FILE]
                            [--lock FILE] [--overrides DIR] [--vendor FILE] [--retired FILE]

Build the catalog JSON from a raw SignalWire error catalog. See MAINTAINING.md to refresh it.

  --input FILE     raw catalog to read (default: ${defaults.input})
  --retire CODES   accept that SignalWire dropped these codes (comma-separated): they stay,
                   flagged retired, with their last entry from the catalog JSON being replaced
  --taken DATE     the day the raw catalog was taken from SignalWire (YYYY-MM-DD); recorded in --vendor
  --out FILE       catalog JSON to write, its JSON Schema beside it (default: ${defaults.out})
  --report FILE    data-quality report to write (default: ${defaults.report})
  --lock FILE      names lock to read and update (default: ${defaults.lock})
  --overrides DIR  curated override files (default: ${defaults.overrides})
  --vendor FILE    name and date of the vendor catalog (default: ${defaults.vendor})
  --retired FILE   retired codes to read and update (default: ${defaults.retired})
  --help           show this help`

/** Where a run writes: the console, or a test's capture. */
export interface Output {
  out: (text: string) => void
  err: (text: string) => void
}

/** The options of a run, as `parseArgs` reads them (it throws on an unknown option). */
const parseOptions = (args: string[]) =>
  parseArgs({
    args,
    options: {
      input: { type: 'string', default: defaults.input },
      out: { type: 'string', default: defaults.out },
      report: { type: 'string', default: defaults.report },
      lock: { type: 'string', default: defaults.lock },
      overrides: { type: 'string', default: defaults.overrides },
      vendor: { type: 'string', default: defaults.vendor },
      retired: { type: 'string', default: defaults.retired },
      retire: { type: 'string', default: '' },
      taken: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values

/** Run the command with its arguments; the exit status. */
export function runCatalog(args: string[], { out, err }: Output = { out: console.log, err: console.error }): number {
  let options: ReturnType<typeof parseOptions>
  try {
    options = parseOptions(args)
  } catch (error) {
    err(`${(error as Error).message}\n\n${usage}`)
    return 2
  }
  if (options.help) {
    out(usage)
    return 0
  }
  const retire = options.retire
    .split(',')
    .filter(Boolean)
    .map((code) => code.trim())
  const badCode = retire.find((code) => !/^\d+$/.test(code))
  if (badCode !== undefined || (options.taken !== undefined && !vendorSchema.shape.taken.safeParse(options.taken).success)) {
    err(
      badCode !== undefined
        ? `--retire expects codes separated by commas, not \`${badCode}\``
        : `--taken expects a date YYYY-MM-DD, not \`${options.taken}\``,
    )
    return 2
  }

  let result: CatalogResult
  let vendor: string | undefined
  try {
    const text = readFileSync(options.input, 'utf8')
    const curated = loadCurated({ lock: options.lock, overrides: options.overrides, vendor: options.vendor, retired: options.retired })
    if (options.taken !== undefined) {
      curated.vendor = { ...curated.vendor, taken: options.taken }
      vendor = toJson(curated.vendor)
    }
    // Only a retirement needs the catalog being replaced: reading and validating it costs every other build.
    const update = { retire: retire.map(Number), previous: retire.length > 0 ? readPrevious(options.out) : [] }
    result = buildCatalog(text, relative(process.cwd(), options.input), curated, update)
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException
    // Catalog and curated-data errors are already `file:line:column` lines; a file that cannot be read is not.
    err(error instanceof CatalogError || code === undefined ? message : `${options.input}:1:1  error  Cannot read: ${message}`)
    return 1
  }

  const outputs = emit(result)
  write(options.out, outputs.catalog)
  write(options.out.replace(/\.json$/, '.schema.json'), outputs.schema)
  write(options.lock, outputs.lock)
  write(options.report, outputs.report)
  if (vendor !== undefined) write(options.vendor, vendor)
  // The record of retired codes exists once a code has been retired; it then stays, even empty.
  if (Object.keys(result.retired).length > 0 || existsSync(options.retired)) write(options.retired, toJson(result.retired))
  out(summary(result, outputs.warnings, options.report))
  return 0
}

/** The entries of the catalog JSON this run replaces (none when absent): the last entries of the codes it retires. */
function readPrevious(path: string): LiveEntry[] {
  if (!existsSync(path)) return []
  try {
    return anyLayoutCatalogSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).errors.map(({ retired, retiredSince, ...entry }) => entry)
  } catch (error) {
    throw new Error(`${path}:1:1  error  Cannot read the catalog JSON this build replaces: ${(error as Error).message.split('\n')[0]}`)
  }
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
    `${catalog.source.file} (${catalog.source.catalog}): ${catalog.errors.length} entries${retiredCount(catalog)}`,
    'by level:',
    ...rows(count((entry) => entry.level)),
    'by category:',
    ...rows(count((entry) => entry.category)),
    `data-quality warnings: ${warnings} (see ${reportPath})`,
  ].join('\n')
}

function retiredCount({ errors }: Catalog): string {
  const retired = errors.filter((entry) => entry.retired).length
  return retired === 0 ? '' : `, ${retired} retired`
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = runCatalog(process.argv.slice(2))
