/**
 * `errorCodeSchema`: a Standard Schema v1 validator of SignalWire error codes,
 * with its JSON Schema (the spec's JSON Schema interface), for any framework
 * or form library that takes a Standard Schema. The interface types are
 * written here (the spec is types only), so the package stays free of
 * dependencies. Side-effect-free: the JSON Schema is made when asked for.
 */
import type { ErrorCode } from './generated/error-code.ts'
import { nearCodes, parseErrorCode } from './code-guards.ts'
import { allCodes, describe } from './code-index.ts'

/** An issue of a failed validation, as Standard Schema v1 defines it. */
export interface ErrorCodeIssue {
  readonly message: string
  readonly path?: undefined
}

/** A validation's result, as Standard Schema v1 defines it: the code, or one issue. */
export type ErrorCodeResult = { readonly value: ErrorCode; readonly issues?: undefined } | { readonly issues: readonly [ErrorCodeIssue] }

/** The JSON Schema targets the converter writes; others throw, as the spec asks. */
export type ErrorCodeJsonSchemaTarget = 'draft-2020-12' | 'draft-07' | 'openapi-3.0'

/** The Standard Schema v1 and Standard JSON Schema v1 interfaces of {@link errorCodeSchema}. */
export interface ErrorCodeSchema {
  readonly '~standard': {
    readonly version: 1
    readonly vendor: 'signalwire-errors'
    readonly validate: (value: unknown) => ErrorCodeResult
    readonly types?: { readonly input: number | string; readonly output: ErrorCode } | undefined
    readonly jsonSchema: {
      readonly input: (options: { readonly target: string }) => Record<string, unknown>
      readonly output: (options: { readonly target: string }) => Record<string, unknown>
    }
  }
}

/** How many near codes an issue offers. */
const nearCodesShown = 5
/** How much of a string an issue quotes: the value is anyone's to send. */
const quotedLength = 40

function issueFor(value: unknown): ErrorCodeIssue {
  const shown = typeof value === 'string' && value.length > quotedLength ? `${JSON.stringify(value.slice(0, quotedLength))}…` : describe(value)
  const digits = typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value))
  if (!digits) return { message: `Unknown SignalWire error code: ${shown} (expected a number or a string of digits)` }
  const near = nearCodes(value as number | string).slice(0, nearCodesShown)
  const hint = near.length === 0 ? '' : ` (did you mean ${near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near.at(-1)}`}?)`
  return { message: `Unknown SignalWire error code: ${shown}${hint}` }
}

const schemaKeyword: Record<ErrorCodeJsonSchemaTarget, string | undefined> = {
  'draft-2020-12': 'https://json-schema.org/draft/2020-12/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
  'openapi-3.0': undefined,
}

function jsonSchema(options: { readonly target: string }, of: 'input' | 'output'): Record<string, unknown> {
  const target = (options as { target?: unknown } | null | undefined)?.target
  if (typeof target !== 'string' || !Object.hasOwn(schemaKeyword, target)) {
    throw new Error(`Unsupported JSON Schema target: ${describe(target)} (expected draft-2020-12, draft-07 or openapi-3.0)`)
  }
  const codes = [...allCodes()]
  const code = { type: 'integer', enum: codes }
  const schema: Record<string, unknown> =
    of === 'output'
      ? code
      : // What parseErrorCode accepts: the number, or its digits with surrounding space and leading zeros.
        { anyOf: [code, { type: 'string', pattern: `^\\s*0*(?:${codes.join('|')})\\s*$` }] }
  const keyword = schemaKeyword[target as ErrorCodeJsonSchemaTarget]
  return keyword ? { $schema: keyword, ...schema } : schema
}

/**
 * A [Standard Schema](https://standardschema.dev) v1 validator of SignalWire
 * error codes, for frameworks and form libraries that take any validator
 * (Hono's `@hono/standard-validator`, tRPC, TanStack Form, …). It accepts
 * what {@link parseErrorCode} accepts (a number, or a string of its digits)
 * and outputs the `ErrorCode`; anything else fails with one issue that quotes
 * the value and, for a number, offers the codes one keystroke away. Its
 * `jsonSchema.input` and `.output` give the JSON Schema (draft 2020-12,
 * draft 07 or OpenAPI 3.0) of what it accepts and what it outputs.
 *
 * @example
 * ```ts
 * errorCodeSchema['~standard'].validate('30003') // { value: 30003 }
 * errorCodeSchema['~standard'].validate(3003).issues?.[0]?.message // 'Unknown SignalWire error code: 3003 (did you mean 30003, 30013, 31003, 34003 or 53003?)'
 * errorCodeSchema['~standard'].jsonSchema.output({ target: 'draft-07' }).type // 'integer'
 * ```
 */
export const errorCodeSchema: ErrorCodeSchema = /* @__PURE__ */ Object.freeze({
  '~standard': /* @__PURE__ */ Object.freeze({
    version: 1 as const,
    vendor: 'signalwire-errors' as const,
    validate(value: unknown): ErrorCodeResult {
      const code = parseErrorCode(value)
      return code === undefined ? { issues: [issueFor(value)] } : { value: code }
    },
    jsonSchema: /* @__PURE__ */ Object.freeze({
      input: (options: { readonly target: string }) => jsonSchema(options, 'input'),
      output: (options: { readonly target: string }) => jsonSchema(options, 'output'),
    }),
  }),
})
