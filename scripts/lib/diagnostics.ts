import type { Point } from 'unist'
import type { VFile } from 'vfile'
import type { z } from 'zod'
import { printable } from '../../src/cli/printable.ts'

/** The pipeline step a message comes from, as `source` of a vfile message. */
export type Step = 'read' | 'split' | 'fields' | 'docs' | 'entry' | 'category' | 'name' | 'override' | 'retire' | 'schema' | 'curated'

/** Messages already recorded per file, so that reading one text twice reports it once. */
const recorded = new WeakMap<VFile, Set<string>>()

/** What a reported problem is, where, and which rule and step found it: the options of vfile's own `message`, and a severity. */
export interface ReportOptions {
  /** Errors stop the build after the step that found them; warnings are data problems the build reports and goes on; infos record a decision. */
  severity: 'error' | 'warning' | 'info'
  place: Point
  ruleId: string
  source: Step
}

/** Record a problem at a place of a file, once however often its text is read. */
export function report(file: VFile, reason: string, { severity, place, ruleId, source }: ReportOptions): void {
  const key = `${place.line}:${place.column}:${ruleId}:${reason}`
  const seen = recorded.get(file) ?? new Set<string>()
  recorded.set(file, seen)
  if (seen.has(key)) return
  seen.add(key)
  const message = file.message(reason, { place, ruleId, source })
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/**
 * Report every issue of a failed zod parse as an error of a file, each at the
 * place of the value it is about: an unknown key is one error per key.
 */
export function reportIssues(
  file: VFile,
  issues: readonly z.core.$ZodIssue[],
  {
    placeOf,
    describe = describeIssue,
    ruleId,
    source,
  }: {
    placeOf: (path: readonly PropertyKey[]) => Point
    describe?: (path: readonly PropertyKey[], issue: z.core.$ZodIssue) => string
    ruleId: string
    source: Step
  },
): void {
  for (const issue of issues) {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path]
    for (const path of paths) report(file, describe(path, issue), { severity: 'error', place: placeOf(path), ruleId, source })
  }
}

const describeIssue = (path: readonly PropertyKey[], issue: z.core.$ZodIssue): string =>
  issue.code === 'unrecognized_keys'
    ? `Unexpected field \`${path.map(String).join('.')}\``
    : `Unexpected value at \`${path.map(String).join('.') || '(root)'}\`: ${issue.message}`

/** Thrown when a step found errors; its message lists them, one `file:line:column` line each. */
export class CatalogError extends Error {
  readonly files: VFile[]
  constructor(files: VFile[]) {
    const lines = files.flatMap((file) =>
      sortedMessages(file)
        .filter((message) => message.fatal === true)
        .map((message) => formatMessage(file, message)),
    )
    super(lines.join('\n'))
    this.name = 'CatalogError'
    this.files = files
  }
}

/** Throw a {@link CatalogError} when any of the files holds an error. */
export function assertNoErrors(...files: VFile[]): void {
  if (files.some((file) => file.messages.some((message) => message.fatal === true))) throw new CatalogError(files)
}

/** A value from the input as it goes into a message: in backticks, on one line, cut when long. */
export function quote(value: string): string {
  const line = value.replace(/\r?\n/g, '⏎')
  return `\`${line.length > 60 ? `${line.slice(0, 59)}…` : line}\``
}

/** `path:line:column  severity  reason  rule-id  source`, the line vfile-reporter prints, prefixed by the place. */
export function formatMessage(file: VFile, message: VFile['messages'][number]): string {
  const where = `${file.path ?? '<catalog>'}:${message.line ?? 1}:${message.column ?? 1}`
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  // One line per message, whatever the reason holds.
  const reason = printable(message.reason.replace(/\r?\n/g, '⏎'))
  return `${where}  ${severity}  ${reason}  ${message.ruleId ?? ''}  ${message.source ?? ''}`.trimEnd()
}

/** Messages in source order: by line, then column, then rule. */
export function sortedMessages(file: VFile): VFile['messages'] {
  return [...file.messages].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)),
  )
}
