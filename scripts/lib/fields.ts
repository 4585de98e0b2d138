import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { quote, report } from './diagnostics.ts'
import type { RawEntry } from './split.ts'

export const fieldNames = ['Log Level', 'Message', 'Secondary Message', 'Description', 'Cause', 'Solutions'] as const
export type FieldName = (typeof fieldNames)[number]

/** A header field's value and where it starts in the raw file. */
export interface Field {
  /** Text after the colon plus continuation lines, trimmed; never the literal `null`. */
  value: string
  place: Point
}

export interface HeaderFields {
  level: 'error' | 'warning'
  /** The level as written (`ERROR`, `warning`, …), for the data-quality report. */
  levelAsWritten: string
  fields: Partial<Record<Exclude<FieldName, 'Log Level'>, Field>>
}

const fieldStart = new RegExp(`^(${fieldNames.join('|')}):(.*)$`)

/**
 * Read the header fields of an entry. A field runs from its `Name:` line to the
 * next field line; every line in between continues it, whatever it looks like.
 * The literal `null` means absent.
 */
export function parseFields(file: VFile, entry: RawEntry): HeaderFields | undefined {
  const found = new Map<FieldName, { lines: string[]; place: Point }>()
  let current: string[] | undefined
  for (const { text, line } of entry.header) {
    const match = fieldStart.exec(text)
    if (match) {
      const name = match[1] as FieldName
      if (found.has(name)) {
        report(file, `Unexpected second \`${name}\` field in \`${entry.code}\``, {
          severity: 'error',
          place: { line, column: 1 },
          ruleId: 'duplicate-field',
          source: 'fields',
        })
        return undefined
      }
      const rest = match[2]!
      current = [rest]
      found.set(name, { lines: current, place: { line, column: name.length + 2 + (rest.length - rest.trimStart().length) } })
    } else if (current) {
      current.push(text)
    }
    // Before the first field only blank lines can stand: the splitter rejects anything else.
  }

  const fields: HeaderFields['fields'] = {}
  let level: Field | undefined
  for (const [name, { lines, place }] of found) {
    // Header lines carry export padding ("Message: x  "); it is not markdown's hard break.
    const value = lines
      .map((text) => text.trimEnd())
      .join('\n')
      .trim()
    if (value === '' || value === 'null') continue
    // A value that starts on the next line ("Description:" then text) stands where its first text does.
    const first = lines.findIndex((text) => text.trim() !== '')
    const start = first === 0 ? place : { line: place.line + first, column: 1 + lines[first]!.length - lines[first]!.trimStart().length }
    if (name === 'Log Level') level = { value, place: start }
    else fields[name] = { value, place: start }
  }

  if (!level) {
    report(file, `Unexpected entry \`${entry.code}\` without a \`Log Level\``, {
      severity: 'error',
      place: { line: entry.line, column: 1 },
      ruleId: 'missing-level',
      source: 'fields',
    })
    return undefined
  }
  const normalised = level.value.toLowerCase()
  if (normalised !== 'error' && normalised !== 'warning') {
    report(file, `Unexpected log level ${quote(level.value)}, expected \`error\` or \`warning\``, {
      severity: 'error',
      place: level.place,
      ruleId: 'unknown-level',
      source: 'fields',
    })
    return undefined
  }
  return { level: normalised, levelAsWritten: level.value, fields }
}
