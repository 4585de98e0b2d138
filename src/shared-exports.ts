/**
 * What both entry points export alike: everything but the lookups, which each
 * builds on its own entries (full or lite), and `ErrorCode` (a value on the
 * main entry point, a type on `/lite`).
 */
export { categories } from './generated/categories.ts'
export { source } from './generated/source.ts'
export { isErrorCode, parseErrorCode } from './code-guards.ts'
export { isErrorLevel, isWarning } from './levels.ts'
export { causesHeading, solutionsHeading } from './format/page.ts'
export { renderDocs, type RenderOptions } from './render.ts'
export { resolveLinks, toPlainText } from './format/markdown-text.ts'
export { matchesFilters, searchEntries, type Filters, type MatchKind, type Searchable, type SearchHit } from './search.ts'
export type { Catalog, CatalogEntry, Category, CategoryInfo, CodeInfo, DocsSection, ErrorEntry, ErrorLevelCode, ErrorName, Level, LiteEntry, Source, WarningCode } from './types.ts'
