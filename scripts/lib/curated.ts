import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import type { Curated } from './pipeline.ts'
import { curatedNamesSchema, namesLockSchema, taxonomySchema } from './schema.ts'

/** Where the curated data lives. */
export const curatedPaths = {
  categories: 'data/categories.json',
  lock: 'data/names.lock.json',
  names: 'data/names.curated.json',
  overrides: 'data/overrides',
}

/** Read the taxonomy, the names lock (empty when absent), the curated names and every override file. */
export function loadCurated(lockPath = curatedPaths.lock, overridesPath = curatedPaths.overrides): Curated {
  const taxonomy = readJson(curatedPaths.categories, taxonomySchema)
  const lock = existsSync(lockPath) ? readJson(lockPath, namesLockSchema) : {}
  const names = readJson(curatedPaths.names, curatedNamesSchema)
  const overrides = existsSync(overridesPath)
    ? readdirSync(overridesPath)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => ({ path: join(overridesPath, name), text: readFileSync(join(overridesPath, name), 'utf8') }))
    : []
  return { taxonomy, lock, lockPath, names, overrides }
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
