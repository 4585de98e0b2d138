/**
 * Ascending integers written as decimal differences joined by commas
 * (`"10001,1,1"` is 10001, 10002, 10003): the compact form of the code lists
 * the codegen writes and the runtime reads.
 */
export function decodeDeltas(text: string): number[] {
  let previous = 0
  return text.split(',').map((delta) => (previous += Number(delta)))
}

/** The inverse of {@link decodeDeltas}, used by the codegen. */
export function encodeDeltas(values: readonly number[]): string {
  return values.map((value, index) => value - (index === 0 ? 0 : values[index - 1]!)).join(',')
}
