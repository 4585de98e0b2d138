/**
 * Type tests: checked by `tsc --noEmit` (part of `npm test`); at run time they
 * only call the functions. A wrong type fails the type check, and a
 * `@ts-expect-error` that no longer errs fails it too.
 */
import { describe, expectTypeOf, it } from 'vitest'
import {
  type Category,
  ErrorCode,
  type ErrorEntry,
  type ErrorLevelCode,
  type ErrorName,
  fromError,
  getError,
  getErrorOrThrow,
  isErrorCode,
  isErrorLevel,
  isWarning,
  parseErrorCode,
  type WarningCode,
} from '../src/index.ts'
import * as lite from '../src/lite.ts'

/**
 * Compile-time check that two types are the same, by mutual assignability:
 * cheap for the 1,049-member code unions, where a deep equality check is not.
 */
const same = <A, B>(verdict: [A] extends [B] ? ([B] extends [A] ? true : false) : false) => verdict

describe('types', () => {
  it('ErrorCode members are numeric literals; the type is their union', () => {
    expectTypeOf(ErrorCode.HTTP_RETRIEVAL_FAILURE).toEqualTypeOf<11200>()
    expectTypeOf<11200>().toExtend<ErrorCode>()
    expectTypeOf<99999>().not.toExtend<ErrorCode>()
    expectTypeOf<'HTTP_RETRIEVAL_FAILURE'>().toExtend<ErrorName>()
    expectTypeOf<13233>().toExtend<WarningCode>()
    expectTypeOf<11200>().not.toExtend<WarningCode>()
    expectTypeOf<'sip'>().toExtend<Category>()
  })

  it('getError with a literal known code is not optional and carries literal fields', () => {
    const entry = getError(ErrorCode.HTTP_RETRIEVAL_FAILURE)
    expectTypeOf(entry).toEqualTypeOf<ErrorEntry<11200>>()
    expectTypeOf(entry.code).toEqualTypeOf<11200>()
    expectTypeOf(entry.level).toEqualTypeOf<'error'>()
    expectTypeOf(entry.name).toEqualTypeOf<'HTTP_RETRIEVAL_FAILURE'>()
    expectTypeOf(entry.category).toEqualTypeOf<'webhook'>()
    expectTypeOf(getError(13233).level).toEqualTypeOf<'warning'>()
    expectTypeOf(getErrorOrThrow(30003).name).toEqualTypeOf<'UNREACHABLE_DESTINATION_HANDSET'>()
    expectTypeOf(lite.getError(13233).level).toEqualTypeOf<'warning'>()
    expectTypeOf(lite.getError(11200)).not.toHaveProperty('docs')
  })

  it('getError with anything else may give undefined', () => {
    expectTypeOf(getError(99999)).toEqualTypeOf<ErrorEntry | undefined>()
    expectTypeOf(getError('30003')).toEqualTypeOf<ErrorEntry | undefined>()
    expectTypeOf(getError(Number('1'))).toEqualTypeOf<ErrorEntry | undefined>()
    expectTypeOf(fromError({ code: 1 })).toEqualTypeOf<ErrorEntry | undefined>()
    // Not called: only its type matters.
    // @ts-expect-error: a possibly missing entry has no guaranteed level
    expectTypeOf(() => getError(99999).level).toBeFunction()
  })

  it('getError with the ErrorCode union is not optional', () => {
    const code = parseErrorCode('30003')
    same<typeof code, ErrorCode | undefined>(true)
    if (code !== undefined) expectTypeOf(getError(code).level).toEqualTypeOf<'error' | 'warning'>()
  })

  it('isWarning, isErrorLevel and isErrorCode narrow unknown input, both ways', () => {
    const value: unknown = JSON.parse('13233')
    if (isWarning(value)) same<typeof value, WarningCode>(true)
    if (isErrorLevel(value)) same<typeof value, ErrorLevelCode>(true)
    if (isErrorCode(value)) {
      same<typeof value, ErrorCode>(true)
      same<ReturnType<typeof getError<typeof value>>['code'], ErrorCode>(true)
    }
    same<WarningCode, ErrorCode>(false)
    const code = 11200 as ErrorCode
    if (isWarning(code)) same<typeof code, WarningCode>(true)
    else {
      // The false branch keeps the error-level codes; it does not collapse to never.
      same<typeof code, ErrorLevelCode>(true)
      same<typeof code, never>(false)
    }
  })

  it('loadDocs is typed like getError', async () => {
    expectTypeOf(lite.loadDocs(11200)).toEqualTypeOf<Promise<ErrorEntry<11200>>>()
    expectTypeOf(lite.loadDocs('11200')).toEqualTypeOf<Promise<ErrorEntry | undefined>>()
    await lite.loadDocs(11200)
  })
})
