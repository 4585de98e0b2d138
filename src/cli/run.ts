/**
 * The commands of `signalwire-errors`, over plain input and output: arguments
 * in, lines out, and what the process knows of its terminal and environment.
 * Built on the library as published: it imports only the public entry points.
 */
import { parseArgs } from 'node:util'
import {
  byCategory,
  type Category,
  categories,
  type ErrorCode,
  type Filters,
  isErrorCode,
  type Level,
  type LiteEntry,
  loadDocs,
  matchesFilters,
  source,
} from 'signalwire-errors/lite'
import { printable, printableJson, quote, shellWord } from './printable.ts'
import { formatCategories, formatEntry, formatHits, formatLine, formatList, type Style, wrap } from './terminal.ts'

/** The package's version, written in by the build. */
declare const PACKAGE_VERSION: string

const name = 'signalwire-errors'
const usage = `Usage: ${name} <code…> [--json]
       ${name} search <words…> [--level error|warning] [--category SLUG] [--json]
       ${name} list [--level error|warning] [--category SLUG] [--json]
       ${name} categories [--json]

Look up SignalWire error codes. Codes may be given as 30003, "30003", or inside
pasted text such as ErrorCode=30003.

Options:
  --json             print the entries as JSON, as in the catalog JSON
  --level LEVEL      only codes of this level: error or warning
  --category SLUG    only codes of this category (see: ${name} categories)
  --width N          wrap to N columns (default: the terminal's; none in a pipe)
  --color, --no-color  colour or not (default: in a terminal, unless NO_COLOR
                     is set; FORCE_COLOR=1 forces it, FORCE_COLOR=0 turns it off)
  -h, --help         show this help
  --version          show the version`

/** A mistake in how the command was called: exit status 2; `detail` follows the one-line message. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message)
  }
}

/** What a run writes to, and what it knows of where: whether stdout is a terminal, its columns, the colour variables. */
export interface Io {
  out: (text: string) => void
  err: (text: string) => void
  terminal: boolean
  /** The terminal's columns; asked only of a terminal. */
  columns: () => number | undefined
  env: { readonly NO_COLOR?: string | undefined; readonly FORCE_COLOR?: string | undefined; readonly COLUMNS?: string | undefined }
}

/** What a command writes to: the output, and how to lay it out. */
interface Output {
  out: (text: string) => void
  err: (text: string) => void
  style: Style
}

const optionSpec = {
  json: { type: 'boolean', default: false },
  level: { type: 'string' },
  category: { type: 'string' },
  width: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
} as const

type Values = ReturnType<typeof parseArgs<{ options: typeof optionSpec; allowPositionals: true }>>['values']

/** Run the command line on its arguments; the exit status. Lookups load one docs chunk through the lite entry point; only search loads them all. */
export async function run(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof optionSpec }>>
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: optionSpec })
  } catch (error) {
    // Node's message, to its first full stop: "Unknown option '--bogus'".
    return usageError(io, printable((error as Error).message.split(/\.(?:\s|$)/)[0]!))
  }
  const { values, positionals } = parsed
  if (values.help || values.version) {
    io.out(values.help ? usage : PACKAGE_VERSION)
    return 0
  }

  try {
    const withStyle: Output = { out: io.out, err: io.err, style: styleOf(values, io) }
    const filters = readFilters(values.level, values.category, withStyle.style)
    const [command, ...rest] = positionals
    if (command === undefined) throw new UsageError('missing a code or a command')
    if (command === 'search') return await searchCommand(rest, filters, values.json, withStyle)
    if (command === 'list') return await listCommand(rest, filters, values.json, withStyle)
    if (command === 'categories') return categoriesCommand(rest, filters, values.json, withStyle)
    if (filters.level || filters.category) throw new UsageError('--level and --category go with search and list')
    return await lookupCommand(positionals, values.json, withStyle)
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message, error.detail)
    throw error
  }
}

function usageError(io: Pick<Output, 'err'>, message: string, detail?: string): number {
  io.err([`${name}: ${message}`, ...(detail ? [detail] : []), `Try '${name} --help'`].join('\n'))
  return 2
}

/**
 * Colour by the conventions: `--color`/`--no-color` first, then `NO_COLOR`
 * (non-empty: off), then `FORCE_COLOR` (`0` or `false`: off, anything else:
 * on), else on in a terminal. Width: `--width`, else the terminal's, else none.
 */
function styleOf(values: Values, { terminal, columns, env }: Io): Style {
  const { NO_COLOR, FORCE_COLOR } = env
  const color = values['no-color']
    ? false
    : values.color
      ? true
      : NO_COLOR
        ? false
        : FORCE_COLOR !== undefined
          ? FORCE_COLOR !== '0' && FORCE_COLOR !== 'false'
          : terminal
  if (values.width !== undefined) {
    if (!/^\d+$/.test(values.width)) throw new UsageError(`--width expects a number of columns, not ${quote(values.width)}`)
    return { color, width: Math.max(20, Number(values.width)) }
  }
  // Only a terminal has columns: asking costs the stdout stream, which a pipe does without.
  return { color, width: terminal ? Math.max(20, columns() || Number(env.COLUMNS) || 80) : Infinity }
}

function readFilters(level: string | undefined, category: string | undefined, style: Style): Filters {
  if (level !== undefined && level !== 'error' && level !== 'warning')
    throw new UsageError(`unknown level ${quote(level)}: expected error or warning`)
  const slugs = categories.map((known) => known.slug)
  if (category !== undefined && !slugs.includes(category as Category)) {
    throw new UsageError(
      `unknown category ${quote(category)}; the categories are:`,
      formatList(slugs, { ...style, width: Math.min(style.width, 80) }),
    )
  }
  return { level: level as Level | undefined, category: category as Category | undefined }
}

/** Codes have five digits: a number one edit from one has four to six. */
const nearLength = { min: 4, max: 6 }

/**
 * Known codes one edit from a number: a digit changed, added or removed, or
 * two neighbours swapped; the first five. None for a number of a length no
 * code is one edit from, so that a long number costs nothing.
 */
function nearCodes(digits: string): number[] {
  if (digits.length < nearLength.min || digits.length > nearLength.max) return []
  const near = new Set<string>()
  for (let at = 0; at <= digits.length; at++) {
    for (const digit of '0123456789') {
      near.add(digits.slice(0, at) + digit + digits.slice(at)) // added
      if (at < digits.length) near.add(digits.slice(0, at) + digit + digits.slice(at + 1)) // changed
    }
    if (at < digits.length) near.add(digits.slice(0, at) + digits.slice(at + 1)) // removed
    if (at + 1 < digits.length) near.add(digits.slice(0, at) + digits[at + 1] + digits[at] + digits.slice(at + 2)) // swapped
  }
  near.delete(digits)
  return [...near]
    .filter((text) => !text.startsWith('0'))
    .map(Number)
    .filter(isErrorCode)
    .sort((a, b) => a - b)
    .slice(0, 5)
}

/** What an argument holds: a number (a code or not, `pasted` false), or text with the codes and the other 5-digit numbers in it. */
function readArgument(argument: string): { codes: ErrorCode[]; unknown: string[]; pasted: boolean } {
  const bare = argument
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim()
  if (/^\d+$/.test(bare))
    return isErrorCode(Number(bare))
      ? { codes: [Number(bare) as ErrorCode], unknown: [], pasted: false }
      : { codes: [], unknown: [bare], pasted: false }
  const numbers = argument.match(/\d+/g) ?? []
  return {
    codes: numbers.map(Number).filter(isErrorCode),
    // Catalog codes have five digits; other numbers in pasted text (statuses, phone numbers) are not codes.
    unknown: numbers.filter((number) => number.length === 5 && !isErrorCode(Number(number))),
    pasted: true,
  }
}

async function lookupCommand(argumentsGiven: string[], json: boolean, io: Output): Promise<number> {
  const codes: ErrorCode[] = []
  let failed = false
  let unknownNumber = false
  for (const argument of argumentsGiven) {
    if (argument.trim() === '') throw new UsageError('empty code')
    const { codes: found, unknown, pasted } = readArgument(argument)
    for (const number of unknown) {
      const near = nearCodes(number)
      const where = pasted ? ` in ${quote(argument)}` : ''
      io.err(`${name}: unknown code ${number}${where}${near.length ? `; did you mean ${near.join(', ')}?` : ''}`)
    }
    if (found.length === 0 && unknown.length === 0) {
      io.err(`${name}: ${quote(argument)} holds no code; to search the catalog for it: ${name} search ${shellWord(argument)}`)
    }
    failed ||= unknown.length > 0 || found.length === 0
    unknownNumber ||= unknown.length > 0
    for (const code of found) if (!codes.includes(code)) codes.push(code)
  }
  // An unknown number may be a code SignalWire added after the catalog this release carries.
  if (unknownNumber) io.err(`${name} ${PACKAGE_VERSION} carries the ${source.catalog}; a newer release may know more codes.`)
  const entries = await Promise.all(codes.map((code) => loadDocs(code)))
  if (entries.length > 0) {
    const rule = '─'.repeat(Math.min(io.style.width, 40))
    io.out(json ? printableJson(JSON.stringify(entries, null, 2)) : entries.map((entry) => formatEntry(entry, io.style)).join(`\n\n${rule}\n\n`))
  }
  return failed ? 1 : 0
}

async function searchCommand(words: string[], filters: Filters, json: boolean, io: Output): Promise<number> {
  if (words.length === 0) throw new UsageError('search needs words to look for')
  const { search } = await import('signalwire-errors')
  const hits = search(words.join(' '), filters)
  if (json) {
    io.out(printableJson(JSON.stringify(hits, null, 2)))
    return 0
  }
  const count = wrap(`${hits.length} ${hits.length === 1 ? 'code matches' : 'codes match'} ${quote(words.join(' '))}`, io.style.width)
  io.out(hits.length === 0 ? count : `${count}\n\n${formatHits(hits, io.style)}`)
  return 0
}

async function listCommand(rest: string[], filters: Filters, json: boolean, io: Output): Promise<number> {
  if (rest.length > 0) throw new UsageError(`list takes no arguments, got ${quote(rest.join(' '))}`)
  const entries: LiteEntry[] = categories
    .flatMap((category) => byCategory(category.slug))
    .filter((entry) => matchesFilters(entry, filters))
    .sort((a, b) => a.code - b.code)
  // JSON gives the entries as in the catalog JSON, so with their docs.
  if (json) io.out(printableJson(JSON.stringify(await Promise.all(entries.map((entry) => loadDocs(entry.code))), null, 2)))
  else io.out([`${entries.length} codes`, ...entries.map((entry) => formatLine(entry, io.style))].join('\n'))
  return 0
}

function categoriesCommand(rest: string[], filters: Filters, json: boolean, io: Output): number {
  if (rest.length > 0 || filters.level || filters.category) throw new UsageError('categories takes no arguments or filters')
  io.out(json ? printableJson(JSON.stringify(categories, null, 2)) : formatCategories(categories, io.style))
  return 0
}
