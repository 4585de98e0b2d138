import type { ErrorCode } from './generated/error-code.ts'
import type { Category, CodeInfo } from './generated/info.ts'

export type { ErrorCode, ErrorName } from './generated/error-code.ts'
export type { Category, CodeInfo, ErrorLevelCode, WarningCode } from './generated/info.ts'

/** The severities SignalWire logs codes with. The build's schema validates against this list too. */
export const levels = ['error', 'warning'] as const

/** The severity SignalWire logs a code with. */
export type Level = (typeof levels)[number]

/** A further section of a docs page: an example, retry advice, a sub-topic. Both strings are markdown, except the title. */
export interface DocsSection {
  readonly title: string
  readonly body: string
}

/**
 * A catalog entry without its docs: what `signalwire-errors/lite` returns.
 * Typed by the code: `getError(11200).level` is the literal `'error'`.
 */
export interface LiteEntry<C extends ErrorCode = ErrorCode> {
  readonly code: C
  /** The key of this code in `ErrorCode`. */
  readonly name: CodeInfo[C]['name']
  readonly level: CodeInfo[C]['level']
  readonly category: CodeInfo[C]['category']
  /** Short text of the code, e.g. "HTTP retrieval failure". */
  readonly message: string
  /** The longer message SignalWire logs with it, or null. Text; may hold markdown the vendor wrote in it. */
  readonly secondaryMessage: string | null
  /** Codes the docs link to, ascending. */
  readonly related: readonly ErrorCode[]
  /**
   * True for a code SignalWire dropped from its catalog: the entry is the last
   * one it published, and the `ErrorCode` member is `@deprecated`.
   */
  readonly retired: boolean
}

/** A full catalog entry, as `getError` of the main entry point returns it. */
export interface ErrorEntry<C extends ErrorCode = ErrorCode> extends LiteEntry<C> {
  /** What the code means beyond its messages (markdown), or null. */
  readonly description: string | null
  /** Possible causes, one markdown string each. */
  readonly causes: readonly string[]
  /** Possible solutions, one markdown string each. */
  readonly solutions: readonly string[]
  /** Further docs sections, in order. */
  readonly sections: readonly DocsSection[]
  /**
   * The whole docs page as safe CommonMark, or null when SignalWire has none:
   * `## Error 11200`, `### message`, secondary message, description,
   * `#### Possible causes`, `#### Possible solutions`, further sections.
   * Links to other codes are `#NNNNN`; see `resolveLinks`.
   */
  readonly docs: string | null
}

/** A category of the taxonomy. */
export interface CategoryInfo {
  readonly slug: Category
  readonly title: string
  readonly description: string
  /** Inclusive code ranges, `[from, to]`. */
  readonly ranges: readonly (readonly [number, number])[]
  /** How many codes it holds. */
  readonly count: number
}

/** Provenance of the data. */
export interface Source {
  /** The vendor catalog: its name and the day it was taken, `SignalWire error catalog of 2026-11-27`. */
  readonly catalog: string
  /** The day the catalog was taken from SignalWire, `YYYY-MM-DD`. */
  readonly taken: string
  /** File name of the raw catalog. */
  readonly file: string
  /** SHA-256 of the raw catalog, hex. */
  readonly sha256: string
  /** Number of codes. */
  readonly entries: number
}

/** One entry of `signalwire-errors/catalog.json`: a full entry, and for a retired code the first vendor catalog without it. */
export interface CatalogEntry extends ErrorEntry {
  /** For a retired code only: `SignalWire error catalog of 2026-12-01`. */
  readonly retiredSince?: string
}

/**
 * The shape of `signalwire-errors/catalog.json`, for readers of the JSON: a
 * JSON import types `level` as `string`; cast it to this type.
 *
 * @example
 * ```ts
 * import type { Catalog } from 'signalwire-errors'
 * import data from 'signalwire-errors/catalog.json' with { type: 'json' }
 *
 * const catalog = data as Catalog
 * catalog.errors.filter((entry) => entry.level === 'warning').length // 209
 * ```
 */
export interface Catalog {
  readonly $comment: string
  readonly source: Source
  /** Every entry, ascending by code. */
  readonly errors: readonly CatalogEntry[]
}
