/**
 * What both entry points export alike: everything but the lookups, which each
 * builds on its own entries (full or lite), and `ErrorCode` (a value on the
 * main entry point, a type on `/lite`).
 */

export { categories } from './generated/categories.ts'
export { source } from './generated/source.ts'
export { isErrorCode, nearCodes, parseErrorCode } from './code-guards.ts'
export {
  type ErrorCodeIssue,
  type ErrorCodeJsonSchemaTarget,
  type ErrorCodeResult,
  type ErrorCodeSchema,
  errorCodeSchema,
} from './error-code-schema.ts'
export { type NumberInText, numbersInText } from './format/codes-in-text.ts'
export { resolveLinks, toPlainText } from './format/markdown-text.ts'
export { causesHeading, solutionsHeading } from './format/page.ts'
export { isErrorLevel, isWarning } from './levels.ts'
export { type RenderOptions, renderDocs } from './render.ts'
export { type Filters, type MatchKind, matchesFilters, type Searchable, type SearchHit, searchEntries } from './search.ts'
export type {
  Catalog,
  CatalogEntry,
  Category,
  CategoryInfo,
  CodeInfo,
  DocsSection,
  ErrorEntry,
  ErrorLevelCode,
  ErrorName,
  Level,
  LiteEntry,
  Source,
  WarningCode,
} from './types.ts'
