import { readFileSync } from 'node:fs'
import { catalogSchema, taxonomySchema } from '../lib/schema.ts'
import { dataModules } from './data.ts'
import { codesModule, infoModule } from './error-code.ts'
import type { CodegenInput, GeneratedFile } from './module-text.ts'

export const generatedDirectory = 'src/generated'

/** All generated files, from plain data. */
export function generate(input: CodegenInput): GeneratedFile[] {
  return [codesModule(input), infoModule(input), ...dataModules(input)]
}

/** The committed catalog JSON and taxonomy, validated. */
export function readInput(): CodegenInput {
  return {
    catalog: catalogSchema.parse(JSON.parse(readFileSync('data/catalog.json', 'utf8'))),
    taxonomy: taxonomySchema.parse(JSON.parse(readFileSync('data/categories.json', 'utf8'))),
  }
}
