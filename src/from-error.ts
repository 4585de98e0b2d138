import { type Entries, lookup } from './entries.ts'
import { isArray, ownValue } from './own.ts'

/** Where SignalWire clients put a catalog code, in the order they are tried. */
const codeKeys = ['code', 'errorCode', 'error_code', 'ErrorCode'] as const
/** Where a response body sits (fetch wrappers, got, ofetch), as an object or still as JSON text. */
const bodyKeys = ['body', 'data'] as const
/** Where a wrapped error or response sits: axios puts the body at `response.data`. */
const wrapperKeys = ['response', 'cause'] as const
/** A body still in text is parsed only when it looks like a JSON object and is small: junk costs nothing and never throws. */
const maxJsonLength = 64 * 1024

/**
 * The entry behind what a SignalWire client hands you: a bare code, an object
 * with a numeric or string `code` (REST error body, `RestException`),
 * `errorCode` / `error_code` (message resources), `ErrorCode` (webhook
 * parameters), or such an object under `body`, `data`, `response`, `cause` or
 * `errors[0]`; a `body` or `data` that is still a JSON string is read too.
 * A field that is not a catalog code (`code: 'ECONNRESET'`) is passed over.
 * Only own properties count (an inherited `code` is no code); a getter or
 * Proxy trap that throws reads as nothing.
 */
export function fromErrorWith<E>(value: unknown, from: Entries<E>, depth = 0): E | undefined {
  if (typeof value === 'number' || typeof value === 'string') return lookup(value, from)
  if (value === null || typeof value !== 'object' || depth > 4) return undefined
  for (const key of codeKeys) {
    const found = lookup(ownValue(value, key), from)
    if (found) return found
  }
  const errors = ownValue(value, 'errors')
  const nested = [
    ...bodyKeys.map((key) => {
      const body = ownValue(value, key)
      return typeof body === 'string' ? parseObject(body) : body
    }),
    ...wrapperKeys.map((key) => ownValue(value, key)),
    isArray(errors) ? ownValue(errors, 0) : undefined,
  ]
  for (const inner of nested) {
    if (inner === null || typeof inner !== 'object') continue
    const found = fromErrorWith(inner, from, depth + 1)
    if (found) return found
  }
  return undefined
}

/** The object a JSON text holds, or undefined for anything else: text that is not a JSON object, too long, or malformed. */
function parseObject(text: string): unknown {
  if (text.length > maxJsonLength) return undefined
  const trimmed = text.trim()
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
