/** Vitest's global setup: build the catalogs the tests read once for the whole run (see `catalog-builds.ts`). */
import { readFileSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { type BuiltCatalog, buildBoth, rawPath } from './catalog-builds.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    catalogs: { shipped: BuiltCatalog; byRules: BuiltCatalog }
  }
}

export default function setup(project: TestProject): void {
  project.provide('catalogs', buildBoth(readFileSync(rawPath, 'utf8')))
}
