import { formatMessage, sortedMessages } from './diagnostics.ts'
import type { CatalogResult } from './pipeline.ts'
import { catalogJsonSchema, generatedNotice } from './schema.ts'

/**
 * Serialise data as JSON the same way every time: two-space indent, a final
 * newline, key order as built (records keyed by integers come out in numeric order).
 */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** The texts the catalog step writes: catalog JSON, names lock and data-quality report. */
export interface Outputs {
  catalog: string
  schema: string
  lock: string
  report: string
  warnings: number
}

/** Turn a build into the files it writes; the report lists every message in source order. */
export function emit({ catalog, lock, files }: CatalogResult): Outputs {
  const messages = files.flatMap((file) => sortedMessages(file).map((message) => ({ file, message })))
  const warnings = messages.filter(({ message }) => message.fatal === false).length
  const report = [
    `# ${generatedNotice}`,
    `# Data-quality report of ${catalog.source.file} (sha256 ${catalog.source.sha256})`,
    ...messages.map(({ file, message }) => formatMessage(file, message)),
    '',
    `${warnings} warnings, ${messages.length - warnings} infos`,
    '',
  ].join('\n')
  return { catalog: toJson(catalog), schema: toJson(catalogJsonSchema()), lock: toJson(lock), report, warnings }
}
