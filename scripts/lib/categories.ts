import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { report } from './diagnostics.ts'
import type { CategoryDefinition } from './schema.ts'

/**
 * Find each code's category: exactly one range of the taxonomy must cover it.
 * A code no range covers, or two cover, is an error at its code line.
 * One sweep over codes and ranges sorted by start, so the cost stays linear.
 */
export function assignCategories(
  file: VFile,
  codes: readonly { code: number; place: Point }[],
  taxonomy: readonly CategoryDefinition[],
): Map<number, string> {
  const ranges = taxonomy.flatMap(({ slug, ranges }) => ranges.map(([from, to]) => ({ slug, from, to }))).sort((a, b) => a.from - b.from)
  const result = new Map<number, string>()
  let active: typeof ranges = []
  let next = 0
  for (const { code, place } of [...codes].sort((a, b) => a.code - b.code)) {
    while (next < ranges.length && ranges[next]!.from <= code) active.push(ranges[next++]!)
    active = active.filter((range) => range.to >= code)
    const covering = [...new Set(active.map((range) => range.slug))]
    if (covering.length === 1) result.set(code, covering[0]!)
    else if (covering.length === 0)
      report(file, `Unexpected code \`${code}\` that no category range covers`, {
        severity: 'error',
        place: place,
        ruleId: 'uncategorised-code',
        source: 'category',
      })
    else
      report(file, `Unexpected code \`${code}\` covered by several categories: ${covering.map((slug) => `\`${slug}\``).join(', ')}`, {
        severity: 'error',
        place: place,
        ruleId: 'ambiguous-category',
        source: 'category',
      })
  }
  return result
}
