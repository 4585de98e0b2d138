/**
 * A finder of the category whose range starts last at or below a code, by
 * binary search. The codegen lists every code for which that is not the
 * code's category (overlapping ranges, overrides) in `categoryExceptions`.
 */
export function rangeFinder<S extends string>(taxonomy: readonly { slug: S; ranges: readonly (readonly [number, number])[] }[]): (code: number) => S {
  const starts = taxonomy.flatMap(({ slug, ranges }) => ranges.map(([from]) => ({ from, slug }))).sort((a, b) => a.from - b.from)
  return (code) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]!.from <= code) low = middle
      else high = middle - 1
    }
    return starts[low]!.slug
  }
}
