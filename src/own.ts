/**
 * Reading app-supplied objects without trusting them: own properties only, so
 * that a polluted `Object.prototype` adds nothing, and a throwing getter, trap
 * or revoked Proxy reads as nothing. Dependency-free and side-effect-free.
 */

const hasOwn = Object.prototype.hasOwnProperty

/** The value of an object's own property, or undefined when it has none or reading it throws. */
export function ownValue(record: unknown, key: string | number): unknown {
  try {
    // null and undefined throw here; other primitives have no own keys that callers ask for.
    return hasOwn.call(record, key) ? (record as Record<string | number, unknown>)[key] : undefined
  } catch {
    return undefined
  }
}

/** Whether a value is an array; false for a revoked Proxy, whose `Array.isArray` throws. */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value)
  } catch {
    return false
  }
}
