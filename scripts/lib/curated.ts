import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import type { z } from 'zod'
import { CatalogError, report, reportIssues } from './diagnostics.ts'
import type { Curated } from './pipeline.ts'
import { curatedNamesSchema, namesLockSchema, retiredRecordsSchema, taxonomySchema, vendorSchema } from './schema.ts'

/** Where the curated data lives. */
export const curatedPaths = {
  categories: 'data/categories.json',
  lock: 'data/names.lock.json',
  names: 'data/names.curated.json',
  overrides: 'data/overrides',
  vendor: 'data/vendor.json',
  retired: 'data/retired.json',
}

/**
 * Read the taxonomy, the names lock (empty when absent), the curated names,
 * every override file, the vendor catalog's name and date, and the retired
 * codes (none when absent).
 */
export function loadCurated(paths: Partial<typeof curatedPaths> = {}): Curated {
  const {
    categories: categoriesPath,
    names: namesPath,
    lock: lockPath,
    overrides: overridesPath,
    vendor: vendorPath,
    retired: retiredPath,
  } = { ...curatedPaths, ...paths }
  const taxonomy = readJson(categoriesPath, taxonomySchema)
  const lock = existsSync(lockPath) ? readJson(lockPath, namesLockSchema) : {}
  const names = readJson(namesPath, curatedNamesSchema)
  const overrides = existsSync(overridesPath)
    ? readdirSync(overridesPath)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => ({ path: join(overridesPath, name), text: readFileSync(join(overridesPath, name), 'utf8') }))
    : []
  const vendor = readJson(vendorPath, vendorSchema)
  const retired = existsSync(retiredPath) ? readJson(retiredPath, retiredRecordsSchema) : {}
  return { taxonomy, lock, lockPath, names, overrides, vendor, retired }
}

/** Read and validate a curated JSON file; every problem is an error at its place (`path:line:column  error  …`). */
function readJson<T>(path: string, schema: z.ZodType<T>): T {
  const file = new VFile({ path, value: readFileSync(path, 'utf8') })
  const text = String(file.value)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const { message } = error as Error
    const at = Number(/position (\d+)/.exec(message)?.[1] ?? 0)
    report(file, `Unexpected unreadable JSON: ${message}`, { severity: 'error', place: pointAt(text, at), ruleId: 'invalid-json', source: 'curated' })
    throw new CatalogError([file])
  }
  const result = schema.safeParse(value)
  if (result.success) return result.data
  reportIssues(file, result.error.issues, {
    placeOf: (issuePath) => pointAt(text, offsetOfPath(text, issuePath)),
    ruleId: 'invalid-curated-data',
    source: 'curated',
  })
  throw new CatalogError([file])
}

/** Line and column of an offset of a text. */
function pointAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: before.at(-1)!.length + 1 }
}

/**
 * Where a path of a JSON value starts in its text: each key is looked for as
 * `"key":` inside the value of the key before it (array positions are skipped,
 * so an item is placed at its array); a key that is missing places the problem
 * at its parent. Good enough for the curated files, which hold one key per line.
 */
function offsetOfPath(text: string, path: readonly PropertyKey[]): number {
  let [start, end] = [0, text.length]
  for (const key of path) {
    if (typeof key !== 'string') continue
    const found = text.indexOf(`${JSON.stringify(key)}:`, start)
    if (found < 0 || found >= end) break
    ;[start, end] = [found, endOfValue(text, found + JSON.stringify(key).length + 1)]
  }
  return start
}

/** Where the JSON value that starts at or after an offset ends. */
function endOfValue(text: string, offset: number): number {
  let depth = 0
  for (let at = offset; at < text.length; at++) {
    const char = text[at]
    if (char === '"') {
      while (text[++at] !== '"') if (text[at] === '\\') at++
    } else if (char === '{' || char === '[') depth++
    else if (char === '}' || char === ']') {
      if (--depth <= 0) return at + 1
    } else if (depth === 0 && char === ',') return at
  }
  return text.length
}
