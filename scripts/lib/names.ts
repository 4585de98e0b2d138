import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { deriveName, nameWithCode } from '../../src/names.ts'
import { report } from './diagnostics.ts'
import type { NamesLock } from './schema.ts'

/**
 * Name every code. Locked codes keep their locked names. Other codes take their
 * derived name when no other code derives or holds it; when several do, each
 * of the new ones gets its code appended (`TASKROUTER_CONFERENCE_40136`).
 * A locked code missing from the catalog, or a locked name that another code
 * would take, is an error: published names never change or move.
 */
export function assignNames(
  file: VFile,
  entries: readonly { code: number; message: string; place: Point }[],
  lock: NamesLock,
  lockPath: string,
): { names: Map<number, string>; lock: NamesLock } {
  const codes = new Set(entries.map((entry) => entry.code))
  const lockedNames = new Map<string, number>()
  for (const [code, name] of Object.entries(lock)) {
    if (!codes.has(Number(code))) {
      report(file, 'error', `Unexpected loss of locked code \`${code}\` (\`${name}\`, ${lockPath}): published names never disappear`, { line: 1, column: 1 }, 'locked-code-missing', 'name')
    }
    const holder = lockedNames.get(name)
    if (holder !== undefined) report(file, 'error', `Unexpected name \`${name}\` locked for both \`${holder}\` and \`${code}\` in ${lockPath}`, { line: 1, column: 1 }, 'locked-name-reused', 'name')
    lockedNames.set(name, Number(code))
  }

  const fresh = entries.filter((entry) => lock[entry.code] === undefined)
  const derivedBy = new Map<string, number>()
  for (const entry of fresh) {
    const base = deriveName(entry.message)
    derivedBy.set(base, (derivedBy.get(base) ?? 0) + 1)
  }

  const names = new Map<number, string>()
  const next: NamesLock = {}
  for (const entry of entries) {
    const locked = lock[entry.code]
    if (locked !== undefined) {
      names.set(entry.code, locked)
      next[entry.code] = locked
      continue
    }
    const base = deriveName(entry.message)
    const name = derivedBy.get(base) === 1 && !lockedNames.has(base) ? base : nameWithCode(entry.message, entry.code)
    const holder = lockedNames.get(name)
    if (holder !== undefined) {
      report(file, 'error', `Unexpected reuse of locked name \`${name}\` of \`${holder}\` for \`${entry.code}\``, entry.place, 'locked-name-reused', 'name')
      continue
    }
    names.set(entry.code, name)
    next[entry.code] = name
  }
  return { names, lock: next }
}
