/**
 * Serialise data as JSON the same way every time: two-space indent, a final
 * newline, key order as built (records keyed by integers come out in numeric order).
 */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`
