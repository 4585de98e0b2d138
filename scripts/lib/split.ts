import type { VFile } from 'vfile'
import { quote, report } from './diagnostics.ts'

/** One line of the raw file with its 1-based line number. */
export interface SourceLine {
  text: string
  line: number
}

/** An entry cut out of the raw catalog, before any field is read. */
export interface RawEntry {
  code: number
  /** Line of the `# Code:` line, and column of the code on it. */
  line: number
  column: number
  /** Lines between the code line and `Docs:`. */
  header: SourceLine[]
  /** The docs body: text after `Docs:` (trailing blank lines dropped) and the line it starts on. */
  docs: { text: string; line: number }
}

const codeLine = /^# Code:(.*)$/
const docsLine = /^Docs:\s*$/
const fieldStart = /^(Log Level|Message|Secondary Message|Description|Cause|Solutions):/

/**
 * Split the catalog into entries: each starts at `# Code: NNNNN`, its header runs
 * to the first `Docs:` line and its docs body to the next code line.
 * Structural problems are recorded as errors on the file; entries that have
 * them are left out.
 */
export function splitEntries(file: VFile): RawEntry[] {
  const lines = String(file.value).split('\n')
  const entries: RawEntry[] = []
  const seen = new Map<number, number>()

  if (lines.every((text) => text.trim() === '')) {
    report(file, 'Unexpected empty catalog, expected `# Code: NNNNN` entries', {
      severity: 'error',
      place: { line: 1, column: 1 },
      ruleId: 'empty-catalog',
      source: 'split',
    })
    return entries
  }

  let index = 0
  while (index < lines.length && !codeLine.test(lines[index]!)) {
    if (lines[index]!.trim() !== '') {
      report(file, 'Unexpected text before the first entry, expected `# Code: NNNNN`', {
        severity: 'error',
        place: { line: index + 1, column: 1 },
        ruleId: 'text-before-first-entry',
        source: 'split',
      })
      // One message is enough: the rest of the preamble is the same problem.
      while (index < lines.length && !codeLine.test(lines[index]!)) index++
      break
    }
    index++
  }

  while (index < lines.length) {
    const start = index
    const raw = codeLine.exec(lines[start]!)![1]!
    index++
    while (index < lines.length && !codeLine.test(lines[index]!)) index++
    const entry = readEntry(file, lines, start, index, raw.trim(), raw.length - raw.trimStart().length)
    if (!entry) continue
    const first = seen.get(entry.code)
    if (first !== undefined) {
      report(file, `Unexpected duplicate code \`${entry.code}\`, first defined on line ${first}`, {
        severity: 'error',
        place: { line: entry.line, column: entry.column },
        ruleId: 'duplicate-code',
        source: 'split',
      })
      continue
    }
    seen.set(entry.code, entry.line)
    entries.push(entry)
  }
  return entries
}

function readEntry(file: VFile, lines: string[], start: number, end: number, value: string, padding: number): RawEntry | undefined {
  const line = start + 1
  const column = '# Code:'.length + padding + 1
  if (!/^\d{1,9}$/.test(value)) {
    report(file, `Unexpected code ${quote(value)}, expected a number`, {
      severity: 'error',
      place: { line, column },
      ruleId: 'non-numeric-code',
      source: 'split',
    })
    return undefined
  }
  let docsAt = start + 1
  while (docsAt < end && !docsLine.test(lines[docsAt]!)) docsAt++
  if (docsAt === end) {
    report(file, `Unexpected entry \`${value}\` without a \`Docs:\` line`, {
      severity: 'error',
      place: { line, column: 1 },
      ruleId: 'missing-docs',
      source: 'split',
    })
    return undefined
  }
  const header: SourceLine[] = []
  for (let at = start + 1; at < docsAt; at++) header.push({ text: lines[at]!, line: at + 1 })
  const stray = header.find((source) => source.text.trim() !== '')
  if (stray && !fieldStart.test(stray.text)) {
    report(file, `Unexpected text between the code line and the first field of \`${value}\``, {
      severity: 'error',
      place: { line: stray.line, column: 1 },
      ruleId: 'text-before-first-field',
      source: 'split',
    })
    return undefined
  }
  let bodyEnd = end
  while (bodyEnd > docsAt + 1 && lines[bodyEnd - 1]!.trim() === '') bodyEnd--
  return {
    code: Number(value),
    line,
    column,
    header,
    docs: { text: lines.slice(docsAt + 1, bodyEnd).join('\n'), line: docsAt + 2 },
  }
}
