/** Docs pages for UIs that bring their own heading. Dependency-free and side-effect-free. */
import { markdownLines } from './format/lines.ts'
import { splitPage } from './format/page.ts'

/** How {@link renderDocs} lays a page out. */
export interface RenderOptions {
  /**
   * Keep the page's two title headings (`## Error 11200` and `### ` its title).
   * Default `true`; `false` for a UI that shows the code and message itself.
   */
  readonly title?: boolean
  /** The depth (1 to 6) of the page's top heading; deeper headings keep their distance to it. Default 2. */
  readonly depth?: number
}

const heading = /^(#{1,6}) /

/**
 * An entry's docs page laid out for a UI: without its title headings when the
 * UI has its own, and with its top heading at the depth the UI needs (headings
 * deeper than 6 stay at 6). `null` when the entry has no docs page. Throws
 * a `RangeError` for a depth that is not an integer from 1 to 6; `null` or
 * absent options are the defaults.
 *
 * @example
 * ```ts
 * const page = renderDocs(getError(11200), { title: false, depth: 3 })!
 * page.split('\n').filter((line) => line.startsWith('#'))
 * // ['### 502 Bad Gateway errors', '### Possible causes', '### Possible solutions']
 * renderDocs(getError(11200)) === getError(11200).docs // true: the page as it is
 * ```
 */
export function renderDocs(entry: { readonly docs: string | null }, options?: RenderOptions | null): string | null {
  const { title = true, depth = 2 } = options ?? {}
  if (!Number.isInteger(depth) || depth < 1 || depth > 6) throw new RangeError(`Unexpected depth ${String(depth)}: expected an integer from 1 to 6`)
  if (entry.docs === null) return null
  const shift = depth - (title ? 2 : 4)
  return markdownLines(title ? entry.docs : splitPage(entry.docs).body)
    .map(({ text, kind }) => {
      const hashes = kind === 'text' ? heading.exec(text)?.[1] : undefined
      return hashes ? `${'#'.repeat(Math.min(6, Math.max(1, hashes.length + shift)))}${text.slice(hashes.length)}` : text
    })
    .join('\n')
}
