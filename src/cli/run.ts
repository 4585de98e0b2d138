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
  type Filters,
  type Level,
  type LiteEntry,
  loadDocs,
  matchesFilters,
  numbersInText,
  source,
} from 'signalwire-errors/lite'
import { type Findings, newFindings, readStream, readText, reportLines } from './paste.ts'
import { printable, printableJson, quote, shellWord } from './printable.ts'
import { formatCategories, formatEntry, formatHits, formatLine, formatList, type Style, wrap } from './terminal.ts'

/** The package's version, written in by the build. */
declare const PACKAGE_VERSION: string

const name = 'signalwire-errors'
const usage = `Usage: ${name} <code…> [--json]
       <text> | ${name} [-] [--json]
       ${name} search <words…> [--level error|warning] [--category SLUG] [--json]
       ${name} list [--level error|warning] [--category SLUG] [--json]
       ${name} categories [--json]

Look up SignalWire error codes. Codes may be given as 30003, "30003", or inside
pasted text such as ErrorCode=30003; with no code, or with -, the codes in
standard input (a log, a webhook body), each once.

Options:
  --json             print the entries as JSON, as in the catalog JSON
  --level LEVEL      only codes of this level: error or warning
  --category SLUG    only codes of this category (see: ${name} categories)
  --width N          wrap to N columns (default: the terminal's; none in a pipe)
  --color, --no-color  colour or not (default: in a terminal, unless NO_COLOR
                     is set; FORCE_COLOR=1 forces it, FORCE_COLOR=0 turns it off)
  -h, --help         show this help (also: ${name} help)
  -v, --version      show the version and the catalog it carries (also: ${name} version)`

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
  /** Standard input as text chunks, and whether it is a terminal; asked only when the command reads it. */
  stdin?: { terminal: boolean; read: () => AsyncIterable<string> }
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
  version: { type: 'boolean', short: 'v', default: false },
} as const

type Values = ReturnType<typeof parseArgs<{ options: typeof optionSpec; allowPositionals: true }>>['values']

/** Run the command line on its arguments; the exit status. Lookups load one docs chunk through the lite entry point; only search loads them all. */
export async function run(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof optionSpec }>>
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: optionSpec })
  } catch (error) {
    return usageError(io, parserMessage(error as Error))
  }
  const { values, positionals } = parsed
  if (values.help || (positionals.length === 1 && positionals[0] === 'help')) {
    io.out(usage)
    return 0
  }
  if (values.version || (positionals.length === 1 && positionals[0] === 'version')) {
    io.out(`${name} ${PACKAGE_VERSION} (${source.catalog})`)
    return 0
  }

  try {
    const withStyle: Output = { out: io.out, err: io.err, style: styleOf(values, io) }
    const filters = readFilters(values.level, values.category, withStyle.style)
    const [command, ...rest] = positionals
    const readsStdin = (command === undefined && io.stdin && !io.stdin.terminal) || (command === '-' && rest.length === 0)
    if (readsStdin && io.stdin) return await stdinCommand(io.stdin.read(), filters, values.json, withStyle)
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

/**
 * A message of Node's argument parser in the style of the tool's own:
 * "Unknown option '--jsn'. To specify…" is "unknown option --jsn".
 */
function parserMessage(error: Error & { code?: string }): string {
  const option = printable(/'(-[^'\s]*)/.exec(error.message)?.[1] ?? '')
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /argument missing/.test(error.message) ? `${option} needs a value` : `${option} takes no value`
  return printable(error.message.split(/\.(?:\s|$)/)[0]!.toLowerCase())
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
    if (!/^\d+$/.test(values.width) || Number(values.width) < 20)
      throw new UsageError(`--width expects a number of columns from 20 up, not ${quote(values.width)}`)
    return { color, width: Number(values.width) }
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

/**
 * Whether an argument is nothing but a number, quoted or not: a code asked
 * for, known or not. Read with `numbersInText`, so a digit is what it is
 * there, and in linear time (a pattern with white space on both sides of an
 * optional quote backtracked quadratically: 7 s on 100 KB of spaces).
 */
function isBareNumber(argument: string): boolean {
  const inner = argument
    .trim()
    .replace(/^(["'])([\s\S]*)\1$/, '$2')
    .trim()
  const [number] = numbersInText(inner)
  return number !== undefined && number.start === 0 && number.end === inner.length
}

/** Arguments up to this long are echoed in full; longer ones are pasted text. */
const longestEcho = 80

async function lookupCommand(argumentsGiven: string[], json: boolean, io: Output): Promise<number> {
  const findings = newFindings()
  let empty = false
  for (const argument of argumentsGiven) {
    if (argument.trim() === '') throw new UsageError('empty code')
    if (!readText(findings, argument, 0, isBareNumber(argument))) {
      // A long paste is not echoed: what it holds is no query to suggest.
      io.err(
        argument.length > longestEcho
          ? `${name}: the argument of ${argument.length} characters holds no code`
          : `${name}: ${quote(argument)} holds no code; to search the catalog for it: ${name} search ${shellWord(argument)}`,
      )
      empty = true
    }
  }
  return await printFindings(findings, json, io, empty)
}

/** The codes of standard input, each once, in the order they first appear; read in chunks, so that a log of any size takes bounded memory. */
async function stdinCommand(chunks: AsyncIterable<string>, filters: Filters, json: boolean, io: Output): Promise<number> {
  if (filters.level || filters.category) throw new UsageError('--level and --category go with search and list')
  const findings = await readStream(chunks)
  if (findings.codes.size === 0 && findings.unknown.size === 0) {
    io.err(`${name}: standard input holds no code`)
    return 1
  }
  return await printFindings(findings, json, io, false)
}

/** Report what is unknown, print the entries found; the exit status. */
async function printFindings(findings: Findings, json: boolean, io: Output, failed: boolean): Promise<number> {
  const unknown = findings.unknown.size + findings.moreUnknown > 0
  for (const line of reportLines(findings)) io.err(`${name}: ${line}`)
  // An unknown number may be a code SignalWire added after the catalog this release carries.
  if (unknown) io.err(`${name} ${PACKAGE_VERSION} carries the ${source.catalog}; a newer release may know more codes.`)
  const entries = await Promise.all([...findings.codes].map((code) => loadDocs(code)))
  if (entries.length > 0) {
    const rule = '─'.repeat(Math.min(io.style.width, 40))
    io.out(json ? printableJson(JSON.stringify(entries, null, 2)) : entries.map((entry) => formatEntry(entry, io.style)).join(`\n\n${rule}\n\n`))
  }
  return failed || unknown || entries.length === 0 ? 1 : 0
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
