/**
 * errorCodeSchema, the Standard Schema v1 validator: read through the spec's
 * own types, over every code of the catalog, against its JSON Schema (ajv),
 * with hostile values, composed with zod, valibot and arktype, and inside a
 * Hono app on a form-encoded status callback.
 */

import { sValidator } from '@hono/standard-validator'
import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { type } from 'arktype'
import { Hono } from 'hono'
import * as v from 'valibot'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import type { ErrorCode } from '../src/index.ts'
import * as main from '../src/index.ts'
import * as lite from '../src/lite.ts'

const { errorCodeSchema } = main
const validate = (value: unknown) => errorCodeSchema['~standard'].validate(value)
const all = main.categories.flatMap((category) => main.byCategory(category.slug).map((entry) => entry.code))

/** Through the spec's own types, as a framework reads it. */
async function standardValidate<S extends StandardSchemaV1>(
  schema: S,
  value: unknown,
): Promise<StandardSchemaV1.Result<StandardSchemaV1.InferOutput<S>>> {
  return schema['~standard'].validate(value)
}

describe('errorCodeSchema', () => {
  it('is a Standard Schema v1 and a Standard JSON Schema v1 whose output type is ErrorCode, from both entry points', async () => {
    expectTypeOf(errorCodeSchema).toExtend<StandardSchemaV1<number | string, ErrorCode>>()
    expectTypeOf(errorCodeSchema).toExtend<StandardJSONSchemaV1<number | string, ErrorCode>>()
    expectTypeOf<StandardSchemaV1.InferOutput<typeof errorCodeSchema>>().toEqualTypeOf<ErrorCode>()
    expect(errorCodeSchema['~standard'].version).toBe(1)
    expect(errorCodeSchema['~standard'].vendor).toBe('signalwire-errors')
    expect(lite.errorCodeSchema).toBe(errorCodeSchema)
    expect(await standardValidate(errorCodeSchema, '30003')).toEqual({ value: 30003 })
    expect(Object.isFrozen(errorCodeSchema) && Object.isFrozen(errorCodeSchema['~standard'])).toBe(true)
  })

  it('accepts every code of the catalog, as a number and as its digits, and outputs the code', () => {
    expect(all).toHaveLength(1049)
    for (const code of all) {
      expect(validate(code)).toEqual({ value: code })
      expect(validate(` 0${code}\n`)).toEqual({ value: code })
    }
  })

  it('accepts exactly what parseErrorCode accepts', () => {
    for (const value of [30003, '30003', ' 30003 ', '0030003', '30003x', 30003.5, -30003, '', null, undefined, {}, [30003], 30003n, 'ECONNRESET']) {
      const result = validate(value)
      expect(result.issues === undefined ? result.value : undefined, String(value)).toBe(main.parseErrorCode(value))
    }
  })

  it('fails an unknown or malformed value with one issue that quotes it and offers near codes for a number', () => {
    expect(validate(3003)).toEqual({
      issues: [{ message: 'Unknown SignalWire error code: 3003 (did you mean 30003, 30013, 31003, 34003 or 53003?)' }],
    })
    expect(validate('11299').issues).toEqual([{ message: 'Unknown SignalWire error code: "11299" (did you mean 13299?)' }])
    expect(validate(99999).issues).toEqual([{ message: 'Unknown SignalWire error code: 99999' }])
    expect(validate('ECONNRESET').issues).toEqual([
      { message: 'Unknown SignalWire error code: "ECONNRESET" (expected a number or a string of digits)' },
    ])
    expect(validate(undefined).issues).toEqual([{ message: 'Unknown SignalWire error code: undefined (expected a number or a string of digits)' }])
    expect(validate('x'.repeat(100_000)).issues?.[0]?.message).toBe(
      `Unknown SignalWire error code: "${'x'.repeat(40)}"… (expected a number or a string of digits)`,
    )
  })

  it('never throws on a hostile value: throwing getters, revoked Proxies, symbols', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap')
        },
        getPrototypeOf: () => {
          throw new Error('trap')
        },
      },
    )
    for (const value of [
      proxy,
      throwing,
      Symbol('x'),
      {
        toString: () => {
          throw new Error('no')
        },
      },
    ]) {
      expect(validate(value).issues).toHaveLength(1)
    }
  })

  it('gives a JSON Schema of its input and output that agrees with it on every code and on malformed values (ajv)', () => {
    const ajv = new Ajv2020({ strict: true })
    const input = ajv.compile(errorCodeSchema['~standard'].jsonSchema.input({ target: 'draft-2020-12' }))
    const output = ajv.compile(errorCodeSchema['~standard'].jsonSchema.output({ target: 'draft-2020-12' }))
    for (const code of all) expect(input(code) && input(` 00${code} `) && output(code), String(code)).toBe(true)
    for (const value of [99999, '99999', '30003x', 30003.5, null, '3 0003']) expect(input(value), String(value)).toBe(false)
    expect(output('30003')).toBe(false)
    expect(errorCodeSchema['~standard'].jsonSchema.output({ target: 'draft-07' })).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'integer',
    })
    expect(errorCodeSchema['~standard'].jsonSchema.output({ target: 'openapi-3.0' })).not.toHaveProperty('$schema')
    expect(() => errorCodeSchema['~standard'].jsonSchema.input({ target: 'draft-04' })).toThrow(
      'Unsupported JSON Schema target: "draft-04" (expected draft-2020-12, draft-07 or openapi-3.0)',
    )
  })
})

/** A message status callback as SignalWire posts it: form-encoded, with ErrorCode on failure. */
const statusCallback = { MessageSid: 'SM7f3e2a', MessageStatus: 'undelivered', ErrorCode: '30003' }

/** errorCodeSchema as a zod schema: a transform that reports its issue, as the README shows it. */
const zodErrorCode = z.unknown().transform((value, context) => {
  const result = validate(value)
  if (result.issues) {
    context.issues.push({ code: 'custom', message: result.issues[0].message, input: value })
    return z.NEVER
  }
  return result.value
})

describe('errorCodeSchema composed with other validators', () => {
  it('zod: in a z.object, through a transform that reports its issue', () => {
    const callback = z.object({ MessageSid: z.string(), MessageStatus: z.string(), ErrorCode: zodErrorCode })
    expect(callback.parse(statusCallback).ErrorCode).toBe(30003)
    expectTypeOf(callback.parse(statusCallback).ErrorCode).toEqualTypeOf<ErrorCode>()
    const failed = callback.safeParse({ ...statusCallback, ErrorCode: '3003' })
    expect(failed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['ErrorCode'], 'Unknown SignalWire error code: "3003" (did you mean 30003, 30013, 31003, 34003 or 53003?)'],
    ])
  })

  it('valibot: in a v.object, through a raw transform', () => {
    const errorCode = v.pipe(
      v.unknown(),
      v.rawTransform(({ dataset, addIssue, NEVER }) => {
        const result = validate(dataset.value)
        if (result.issues) {
          addIssue({ message: result.issues[0].message })
          return NEVER
        }
        return result.value
      }),
    )
    const callback = v.object({ MessageSid: v.string(), MessageStatus: v.string(), ErrorCode: errorCode })
    expect(v.parse(callback, statusCallback).ErrorCode).toBe(30003)
    const failed = v.safeParse(callback, { ...statusCallback, ErrorCode: 'ECONNRESET' })
    expect(failed.issues?.map((issue) => issue.message)).toEqual([
      'Unknown SignalWire error code: "ECONNRESET" (expected a number or a string of digits)',
    ])
  })

  it('arktype: in a type, through a pipe that reports its issue', () => {
    const errorCode = type('unknown').pipe((value, context) => {
      const result = validate(value)
      return result.issues ? context.error(result.issues[0].message) : result.value
    })
    const callback = type({ MessageSid: 'string', MessageStatus: 'string', ErrorCode: errorCode })
    const parsed = callback(statusCallback)
    expect(parsed instanceof type.errors ? parsed.summary : parsed.ErrorCode).toBe(30003)
    const failed = callback({ ...statusCallback, ErrorCode: 99999 })
    expect(failed instanceof type.errors ? failed.summary : failed).toContain('Unknown SignalWire error code: 99999')
  })

  it('Hono with @hono/standard-validator: a webhook route answers a form-encoded status callback, and rejects an unknown code', async () => {
    const app = new Hono().post('/status', sValidator('form', z.object({ MessageSid: z.string(), ErrorCode: zodErrorCode })), (c) => {
      const { MessageSid, ErrorCode } = c.req.valid('form')
      const entry = main.getError(ErrorCode)
      return c.json({ sid: MessageSid, code: entry.code, name: entry.name, firstCause: entry.causes[0] })
    })
    const post = (body: Record<string, string>) => app.request('/status', { method: 'POST', body: new URLSearchParams(body) })
    const ok = await post(statusCallback)
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({
      sid: 'SM7f3e2a',
      code: 30003,
      name: 'UNREACHABLE_DESTINATION_HANDSET',
      firstCause: 'The destination handset you are trying to reach is switched off or otherwise unavailable.',
    })
    const bad = await post({ ...statusCallback, ErrorCode: '3003' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('Unknown SignalWire error code: \\"3003\\" (did you mean 30003')
  })
})
