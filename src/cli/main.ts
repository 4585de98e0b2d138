#!/usr/bin/env node
/**
 * `signalwire-errors`: look up and search SignalWire error codes from a terminal.
 * Built on the library as published (it imports the package by name); the
 * only module that touches the process.
 */
import { parseArgs } from 'node:util'
import { byCategory, categories, isErrorCode, loadDocs, matchesFilters, source, type Category, type ErrorCode, type Filters, type Level, type LiteEntry } from 'signalwire-errors/lite'
import { formatCategories, formatEntry, formatLine, type Style } from './terminal.ts'
import packageJson from '../../package.json' with { type: 'json' }

const usage = `Usage: signalwire-errors <code…> [--json]
       signalwire-errors search <words…> [--level error|warning] [--category SLUG] [--json]
       signalwire-errors list [--level error|warning] [--category SLUG] [--json]
       signalwire-errors categories [--json]

Look up SignalWire error codes. Codes may be given as 30003, "30003", or inside
pasted text such as ErrorCode=30003.

Options:
  --json             print the entries as JSON, as in the catalog JSON
  --level LEVEL      only codes of this level: error or warning
  --category SLUG    only codes of this category (see: signalwire-errors categories)
  --help             show this help
  --version          show the version

Colour is used when stdout is a terminal (or FORCE_COLOR is set) and NO_COLOR is not set.`

/** A mistake in how the command was called: exit status 2. */
class UsageError extends Error {}

interface Io {
  out: (text: string) => void
  err: (text: string) => void
  style: Style
}

/** Lookups load one docs chunk through the lite entry point; only search loads them all. */
async function main(argv: string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        level: { type: 'string' },
        category: { type: 'string' },
        help: { type: 'boolean', default: false },
        version: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    return usageError(io, (error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) return io.out(usage), 0
  if (values.version) return io.out(packageJson.version), 0

  try {
    const filters = readFilters(values.level, values.category)
    const [command, ...rest] = positionals
    if (command === undefined) throw new UsageError('Missing a code or a command')
    if (command === 'search') return await searchCommand(rest, filters, values.json, io)
    if (command === 'list') return await listCommand(rest, filters, values.json, io)
    if (command === 'categories') return categoriesCommand(rest, filters, values.json, io)
    if (filters.level || filters.category) throw new UsageError('--level and --category go with search and list')
    return await lookupCommand(positionals, values.json, io)
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message)
    throw error
  }
}

function usageError(io: Io, message: string): number {
  io.err(`signalwire-errors: ${message}\n\n${usage}`)
  return 2
}

function readFilters(level: string | undefined, category: string | undefined): Filters {
  if (level !== undefined && level !== 'error' && level !== 'warning') throw new UsageError(`Unknown level "${level}": expected error or warning`)
  const slugs = categories.map((known) => known.slug)
  if (category !== undefined && !slugs.includes(category as Category)) throw new UsageError(`Unknown category "${category}": expected one of ${slugs.join(', ')}`)
  return { level: level as Level | undefined, category: category as Category | undefined }
}

/** The codes an argument stands for: a code, a quoted code, or every code inside pasted text. */
function codesIn(argument: string): ErrorCode[] {
  return (argument.match(/\d+/g) ?? []).map(Number).filter(isErrorCode)
}

/** Known codes near an unknown one: one digit apart, the first five in code order. */
function nearCodes(text: string): number[] {
  const digits = text.match(/\d+/)?.[0] ?? ''
  const variants = [...digits].flatMap((digit, at) =>
    [...'0123456789'].filter((other) => other !== digit).map((other) => Number(digits.slice(0, at) + other + digits.slice(at + 1))),
  )
  return variants.filter(isErrorCode).sort((a, b) => a - b).slice(0, 5)
}

async function lookupCommand(argumentsGiven: string[], json: boolean, io: Io): Promise<number> {
  const codes: ErrorCode[] = []
  let missing = 0
  let missingNumber = false
  for (const argument of argumentsGiven) {
    const inArgument = codesIn(argument)
    if (inArgument.length === 0) {
      missing++
      missingNumber ||= /\d/.test(argument)
      const near = nearCodes(argument)
      io.err(`signalwire-errors: Unknown code ${JSON.stringify(argument)}${near.length ? `; did you mean ${near.join(', ')}?` : ''}`)
    }
    for (const code of inArgument) if (!codes.includes(code)) codes.push(code)
  }
  // An unknown number may be a code SignalWire added after the catalog this release carries.
  if (missingNumber) io.err(`signalwire-errors ${packageJson.version} carries the ${source.catalog}; a newer release may know more codes.`)
  const found = await Promise.all(codes.map((code) => loadDocs(code)))
  if (found.length > 0) io.out(json ? JSON.stringify(found, null, 2) : found.map((entry) => formatEntry(entry, io.style)).join(`\n\n${'─'.repeat(Math.min(io.style.width, 40))}\n\n`))
  return missing > 0 ? 1 : 0
}

async function searchCommand(words: string[], filters: Filters, json: boolean, io: Io): Promise<number> {
  if (words.length === 0) throw new UsageError('search needs words to look for')
  const { search } = await import('signalwire-errors')
  const hits = search(words.join(' '), filters)
  if (json) return io.out(JSON.stringify(hits.map((hit) => hit.entry), null, 2)), 0
  const count = `${hits.length} ${hits.length === 1 ? 'code matches' : 'codes match'} "${words.join(' ')}"`
  io.out([count, ...hits.map((hit) => formatLine(hit.entry, io.style))].join('\n'))
  return 0
}

async function listCommand(rest: string[], filters: Filters, json: boolean, io: Io): Promise<number> {
  if (rest.length > 0) throw new UsageError(`list takes no arguments, got ${JSON.stringify(rest.join(' '))}`)
  const entries: LiteEntry[] = categories.flatMap((category) => byCategory(category.slug)).filter((entry) => matchesFilters(entry, filters)).sort((a, b) => a.code - b.code)
  // JSON gives the entries as in the catalog JSON, so with their docs.
  if (json) return io.out(JSON.stringify(await Promise.all(entries.map((entry) => loadDocs(entry.code))), null, 2)), 0
  io.out([`${entries.length} codes`, ...entries.map((entry) => formatLine(entry, io.style))].join('\n'))
  return 0
}

function categoriesCommand(rest: string[], filters: Filters, json: boolean, io: Io): number {
  if (rest.length > 0 || filters.level || filters.category) throw new UsageError('categories takes no arguments or filters')
  io.out(json ? JSON.stringify(categories, null, 2) : formatCategories(categories, io.style))
  return 0
}

// FORCE_COLOR stands in for a terminal (CI logs, tests); NO_COLOR always wins.
const color = (Boolean(process.stdout.isTTY) || Boolean(process.env.FORCE_COLOR)) && !process.env.NO_COLOR
// The terminal's width; piped output has none, so COLUMNS or 80 stands in.
const width = Math.max(40, process.stdout.columns || Number(process.env.COLUMNS) || 80)
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  style: { color, width },
})
