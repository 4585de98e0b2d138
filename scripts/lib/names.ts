import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { report } from './diagnostics.ts'
import type { NamesLock } from './schema.ts'

export const maxNameLength = 60
const danglingWords = /(?:_(?:A|AN|AND|AS|AT|BY|FOR|FROM|IN|IS|OF|ON|OR|THE|TO|WITH))+$/

/**
 * Derive the base identifier of a message (the naming rule, documented in the README):
 * 1. typographic quotes and apostrophes are dropped, `&` reads `AND`, accents are removed;
 * 2. the message splits into words at every character that is not a letter or digit;
 *    a word starting lower-case splits again at its camelCase humps (`profanityFilter`);
 * 3. words are upper-cased and joined by `_`; a leading digit gets a `_` before it;
 * 4. the result is cut at a word boundary to fit `limit` characters, and words
 *    that cannot end a name (`THE`, `OF`, `TO`, …) are dropped from the cut end.
 */
export function deriveName(message: string, limit = maxNameLength): string {
  const words = message
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['‘’`]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .flatMap((word) => (/^[a-z]/.test(word) ? word.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ') : [word]))
    .map((word) => word.toUpperCase())
  let name = words.join('_')
  if (/^\d/.test(name)) name = `_${name}`
  if (name.length > limit) {
    name = name.slice(0, name.lastIndexOf('_', limit) > 0 ? name.lastIndexOf('_', limit) : limit)
    name = name.replace(danglingWords, '')
  }
  return name === '' || name === '_' ? 'CODE' : name
}

/** `BASE_CODE`, the base cut so that the whole fits the length limit. */
const withCode = (message: string, code: number): string => {
  const suffix = `_${code}`
  return `${deriveName(message, maxNameLength - suffix.length)}${suffix}`
}

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
    const name = derivedBy.get(base) === 1 && !lockedNames.has(base) ? base : withCode(entry.message, entry.code)
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
