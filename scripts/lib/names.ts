import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { deriveName, nameWithCode } from '../../src/format/naming-rule.ts'
import { report } from './diagnostics.ts'
import type { CuratedNames, NamesLock } from './schema.ts'

/** The message with the vendor typos of the curated word list corrected, word for word. */
export function corrected(message: string, words: CuratedNames['words']): string {
  return message.replace(/[A-Za-z0-9]+/g, (word) => {
    const fix = words[word.toUpperCase()]
    return fix ? fix.word : word
  })
}

/**
 * Name every code. Locked codes keep their locked names. Other codes take their
 * curated name, else their derived name (vendor typos corrected) when no other
 * code derives or holds it; when several do, each of the new ones gets its
 * code appended (`TASKROUTER_CONFERENCE_40136`), and distinct messages that
 * clash only after a cut are reported, to be curated. Retired codes keep their
 * locked names. A locked code missing from the catalog and not retired, or a
 * locked name that another code would take, is an error: published names
 * never change or move.
 */
export function assignNames(
  file: VFile,
  entries: readonly { code: number; message: string; place: Point }[],
  curated: { lock: NamesLock; lockPath: string; names: CuratedNames },
  retired: ReadonlySet<number>,
): { names: Map<number, string>; lock: NamesLock } {
  const { lock, lockPath } = curated
  const codes = new Set(entries.map((entry) => entry.code))
  const lockedNames = new Map<string, number>()
  const next: NamesLock = {}
  for (const [code, name] of Object.entries(lock)) {
    if (retired.has(Number(code))) {
      next[code] = name
    } else if (!codes.has(Number(code))) {
      report(
        file,
        `Unexpected loss of locked code \`${code}\` (\`${name}\`, ${lockPath}): published names never disappear; if SignalWire dropped it, accept that with \`npm run catalog -- --retire ${code}\` (see MAINTAINING.md)`,
        { severity: 'error', place: { line: 1, column: 1 }, ruleId: 'locked-code-missing', source: 'name' },
      )
    }
    const holder = lockedNames.get(name)
    if (holder !== undefined)
      report(file, `Unexpected name \`${name}\` locked for both \`${holder}\` and \`${code}\` in ${lockPath}`, {
        severity: 'error',
        place: { line: 1, column: 1 },
        ruleId: 'locked-name-reused',
        source: 'name',
      })
    lockedNames.set(name, Number(code))
  }

  const message = (entry: { message: string }) => corrected(entry.message, curated.names.words)
  const fresh = entries.filter((entry) => lock[entry.code] === undefined && curated.names.names[entry.code] === undefined)
  // Per derived name, the codes that derive it and their distinct messages.
  const derivedBy = new Map<string, { codes: number; messages: Set<string> }>()
  for (const entry of fresh) {
    const base = deriveName(message(entry))
    const seen = derivedBy.get(base) ?? { codes: 0, messages: new Set() }
    derivedBy.set(base, { codes: seen.codes + 1, messages: seen.messages.add(message(entry).toLowerCase()) })
  }

  const names = new Map<number, string>()
  for (const entry of entries) {
    const locked = lock[entry.code]
    if (locked !== undefined) {
      names.set(entry.code, locked)
      next[entry.code] = locked
      continue
    }
    let name = curated.names.names[entry.code]?.name
    if (name === undefined) {
      const base = deriveName(message(entry))
      const { codes: sharing, messages } = derivedBy.get(base)!
      name = sharing === 1 && !lockedNames.has(base) ? base : nameWithCode(message(entry), entry.code)
      if (messages.size > 1) {
        report(file, `Unexpected name \`${base}\` derived from distinct messages of \`${entry.code}\` and others: give each a curated name`, {
          severity: 'warning',
          place: entry.place,
          ruleId: 'name-clash',
          source: 'name',
        })
      }
    }
    const holder = lockedNames.get(name)
    if (holder !== undefined) {
      report(file, `Unexpected reuse of locked name \`${name}\` of \`${holder}\` for \`${entry.code}\``, {
        severity: 'error',
        place: entry.place,
        ruleId: 'locked-name-reused',
        source: 'name',
      })
      continue
    }
    names.set(entry.code, name)
    next[entry.code] = name
  }
  return { names, lock: next }
}
