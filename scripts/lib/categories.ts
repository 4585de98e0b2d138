import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { report } from './diagnostics.ts'
import type { Category } from './schema.ts'

/**
 * Find each code's category: exactly one range of the taxonomy must cover it.
 * A code no range covers, or two cover, is an error at its code line.
 */
export function assignCategories(file: VFile, codes: readonly { code: number; place: Point }[], taxonomy: readonly Category[]): Map<number, string> {
  const result = new Map<number, string>()
  for (const { code, place } of codes) {
    const covering = taxonomy.filter((category) => category.ranges.some(([from, to]) => from <= code && code <= to))
    if (covering.length === 1) result.set(code, covering[0]!.slug)
    else if (covering.length === 0) report(file, 'error', `Unexpected code \`${code}\` that no category range covers`, place, 'uncategorised-code', 'category')
    else report(file, 'error', `Unexpected code \`${code}\` covered by several categories: ${covering.map((category) => `\`${category.slug}\``).join(', ')}`, place, 'ambiguous-category', 'category')
  }
  return result
}
