import matter from 'gray-matter'
import { VFile } from 'vfile'
import { report, reportIssues } from './diagnostics.ts'
import { type Override, overrideSchema } from './schema.ts'

/** An override file as read from `data/overrides/NNNNN.md`. */
export interface OverrideSource {
  path: string
  text: string
}

/** A validated override: fields from its front matter, and its body when it replaces the docs. */
export interface ParsedOverride {
  code: number
  file: VFile
  fields: Omit<Override, 'reason'>
  reason: string
  docs: { text: string; line: number } | undefined
  /** The line of a front-matter key in the file (1 when it has none), to place messages about its value. */
  lineOf: (key: string) => number
}

/**
 * Read and validate override files. The file name gives the code; the front
 * matter (YAML, read with gray-matter) sets fields and must give a `reason`;
 * a non-empty body replaces the entry's docs body. Problems are errors on the
 * override file, at the line of the offending key where there is one.
 */
export function parseOverrides(sources: readonly OverrideSource[], codes: ReadonlySet<number>): { overrides: ParsedOverride[]; files: VFile[] } {
  const overrides: ParsedOverride[] = []
  const files: VFile[] = []
  for (const source of sources) {
    const file = new VFile({ path: source.path, value: source.text.replace(/\r\n?/g, '\n') })
    files.push(file)
    const text = String(file.value)
    const code = Number(/(\d+)\.md$/.exec(source.path)?.[1])
    if (!codes.has(code)) {
      report(file, `Unexpected override for \`${Number.isNaN(code) ? source.path : code}\`, which is not a code of the catalog`, {
        severity: 'error',
        place: { line: 1, column: 1 },
        ruleId: 'unknown-override-code',
        source: 'override',
      })
      continue
    }
    const rows = text.split('\n')
    const lineOf = (key: string) => Math.max(1, rows.findIndex((row) => row.startsWith(`${key}:`)) + 1)
    let parsed: matter.GrayMatterFile<string>
    try {
      parsed = matter(text)
    } catch (error) {
      report(file, `Unexpected front matter: ${(error as Error).message.split('\n')[0]}`, {
        severity: 'error',
        place: { line: 1, column: 1 },
        ruleId: 'invalid-front-matter',
        source: 'override',
      })
      continue
    }
    const result = overrideSchema.safeParse(parsed.data)
    if (!result.success) {
      const key = (path: readonly PropertyKey[]) => String(path[0] ?? '')
      reportIssues(file, result.error.issues, {
        placeOf: (path) => ({ line: lineOf(key(path)), column: 1 }),
        describe: (path, issue) =>
          issue.code === 'unrecognized_keys'
            ? `Unexpected field \`${key(path)}\` in an override`
            : `Unexpected value of \`${key(path)}\`: ${issue.message}`,
        ruleId: 'invalid-override',
        source: 'override',
      })
      continue
    }
    const { reason, ...fields } = result.data
    const body = parsed.content
    const bodyLine = text.slice(0, text.length - body.length).split('\n').length
    overrides.push({ code, file, fields, reason, lineOf, docs: body.trim() === '' ? undefined : { text: body.replace(/\s+$/, ''), line: bodyLine } })
  }
  return { overrides, files }
}
