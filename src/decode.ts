/**
 * Ascending integers written as base-36 differences joined by commas
 * (`"7pt,1,1"` is 10001, 10002, 10003): the codegen's compact form for code lists.
 */
export function decodeDeltas(text: string): number[] {
  let previous = 0
  return text.split(',').map((delta) => (previous += parseInt(delta, 36)))
}

/** The inverse of {@link decodeDeltas}, used by the codegen. */
export function encodeDeltas(values: readonly number[]): string {
  return values.map((value, index) => (value - (index === 0 ? 0 : values[index - 1]!)).toString(36)).join(',')
}

/** Freeze a value and everything in it: catalog data is read-only all the way down. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}
