import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
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
  const { lock: lockPath, overrides: overridesPath, vendor: vendorPath, retired: retiredPath } = { ...curatedPaths, ...paths }
  const taxonomy = readJson(curatedPaths.categories, taxonomySchema)
  const lock = existsSync(lockPath) ? readJson(lockPath, namesLockSchema) : {}
  const names = readJson(curatedPaths.names, curatedNamesSchema)
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

/** Read and validate a curated JSON file; a problem becomes one `path:1:1  error  …` line. */
function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${path}:1:1  error  Unexpected unreadable JSON: ${(error as Error).message}`)
  }
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const [issue] = result.error.issues
  throw new Error(`${path}:1:1  error  Unexpected value at \`${issue!.path.join('.') || '(root)'}\`: ${issue!.message}`)
}
