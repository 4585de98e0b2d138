import { describe, expect, it } from 'vitest'
import { loadCurated } from '../scripts/lib/curated.ts'
import { CatalogError } from '../scripts/lib/diagnostics.ts'
import { corrected } from '../scripts/lib/names.ts'
import { buildCatalog, type Curated } from '../scripts/lib/pipeline.ts'
import { cannotEndWords, deriveName, maxNameLength, nameWithCode } from '../src/format/naming-rule.ts'
import { entry, rawEntry, shipped } from './helpers.ts'

const unlocked: Curated = { ...loadCurated(), lock: {}, overrides: [] }
const base = rawEntry(10004) + rawEntry(11100) + rawEntry(22105)

describe('deriveName', () => {
  it.each([
    ['HTTP retrieval failure', 'HTTP_RETRIEVAL_FAILURE'],
    ['Unreachable destination handset', 'UNREACHABLE_DESTINATION_HANDSET'],
    ['Gather: Invalid profanityFilter value', 'GATHER_INVALID_PROFANITY_FILTER_VALUE'],
    ['TaskRouter->Conference', 'TASKROUTER_CONFERENCE'],
    ["'To' number is a premium number", 'TO_NUMBER_IS_A_PREMIUM_NUMBER'],
    ['Content-Type doesn’t match', 'CONTENT_TYPE_DOESNT_MATCH'],
    ['2010 Conference API feature requested using 2008 API', 'CODE_2010_CONFERENCE_API_FEATURE_REQUESTED_USING_2008_API'],
    ['Dial->Queue: queue name too short', 'DIAL_QUEUE_NAME_TOO_SHORT'],
    ['Invalid media URL(s)', 'INVALID_MEDIA_URL'],
    ['Twilsock: PNC limit has been', 'TWILSOCK_PNC_LIMIT'],
    ['Q&A café', 'Q_AND_A_CAFE'],
    ['???', 'CODE'],
  ])('%s → %s', (message, name) => {
    expect(deriveName(message)).toBe(name)
  })

  it('cuts long messages at a word boundary and drops dangling words', () => {
    const name = deriveName('Dial: SignalWire does not support calling this number or the number is invalid')
    expect(name).toBe('DIAL_SIGNALWIRE_DOES_NOT_SUPPORT_CALLING_THIS_NUMBER')
    expect(name.length).toBeLessThanOrEqual(maxNameLength)
  })

  it('keeps the first sentence of a long message, then drops articles before cutting (63001, 21617)', () => {
    expect(deriveName(entry(63001).message)).toBe('CHANNEL_COULD_NOT_AUTHENTICATE_THE_REQUEST')
    expect(deriveName(entry(21617).message)).toBe('CONCATENATED_MESSAGE_BODY_EXCEEDS_1600_CHARACTER_LIMIT')
  })

  it('never ends a cut name on a number the message does not end with (32015)', () => {
    expect(deriveName('Call is terminated due to exceeding max call duration of 4 hours.')).toBe(
      'CALL_IS_TERMINATED_DUE_TO_EXCEEDING_MAX_CALL_DURATION',
    )
  })
})

describe('names of the shipped catalog', () => {
  const { errors } = shipped().catalog

  it('are unique identifiers of at most 60 characters', () => {
    const names = errors.map((candidate) => candidate.name)
    expect(new Set(names).size).toBe(1049)
    for (const name of names) {
      expect(name).toMatch(/^[A-Z_][A-Z0-9_]*$/)
      expect(name.length).toBeLessThanOrEqual(60)
    }
    expect(entry(11200).name).toBe('HTTP_RETRIEVAL_FAILURE')
    expect(entry(30003).name).toBe('UNREACHABLE_DESTINATION_HANDSET')
  })

  it('all 1,049 follow the naming rule: no dangling last word, no stray number, no repeat, no leading _ or digit, no vendor typo', () => {
    const { words, names: curatedNames } = loadCurated().names
    for (const { code, name, message } of errors) {
      const base = name.replace(new RegExp(`_${code}$`), '')
      const parts = base.split('_')
      const last = parts.at(-1)!
      expect(cannotEndWords.has(last), `${code} ${name}`).toBe(false)
      // A number ends a name only when it ends the message (or is the code appended to it).
      if (/^\d+$/.test(last)) expect(message, `${code} ${name}`).toMatch(new RegExp(`${last}\\W*$`))
      expect(
        parts.some((part, index) => part === parts[index - 1]),
        `${code} ${name}`,
      ).toBe(false)
      expect(name, `${code}`).toMatch(/^[A-Z][A-Z0-9_]*$/)
      for (const typo of Object.keys(words)) expect(parts, `${code} ${name}`).not.toContain(typo)
      // Each name is the rule's, bare or with its code, or a curated one.
      const spelled = corrected(message, words)
      expect([deriveName(spelled), nameWithCode(spelled, code), curatedNames[code]?.name], `${code} ${name}`).toContain(name)
    }
  })

  it('curated names give a reason and are used (13299, 20403, 53611, 53621)', () => {
    const curatedNames = loadCurated().names.names
    for (const [code, { name, reason }] of Object.entries(curatedNames)) {
      expect(reason.length).toBeGreaterThan(10)
      expect(entry(Number(code)).name).toBe(name)
    }
    expect(entry(13299).name).toBe('CONFERENCE_2010_API_FEATURE_REQUESTED_USING_2008_API')
    expect(entry(20403).name).toBe('HTTP_403_FORBIDDEN')
    expect(entry(53611).name).not.toBe(entry(53621).name)
    expect(entry(50309).name).toBe('PROGRAMMABLE_CHAT_INVALID_DATE_UPDATED_PARAMETER')
  })

  it('resolve the seven "TaskRouter->Conference" entries by appending their codes', () => {
    const conference = errors.filter((candidate) => candidate.message === 'TaskRouter->Conference')
    expect(conference).toHaveLength(7)
    for (const candidate of conference) expect(candidate.name).toBe(`TASKROUTER_CONFERENCE_${candidate.code}`)
  })
})

describe('distinct messages that clash after a cut', () => {
  it('get their codes appended and are reported, to be curated (53611, 53621)', () => {
    const { catalog, files } = buildCatalog(rawEntry(53611) + rawEntry(53621), 'a.txt', { ...unlocked, names: { words: {}, names: {} } })
    expect(catalog.errors.map((e) => e.name)).toEqual([
      'INVALID_AWS_CREDENTIALS_TO_ACCESS_EXTERNAL_S3_BUCKET_53611',
      'INVALID_AWS_CREDENTIALS_TO_ACCESS_EXTERNAL_S3_BUCKET_53621',
    ])
    expect(files[0]!.messages.filter((message) => message.ruleId === 'name-clash').map((message) => message.reason)).toEqual([
      expect.stringContaining('distinct messages of `53611`'),
      expect.stringContaining('distinct messages of `53621`'),
    ])
  })
})

describe('the names lock', () => {
  it('first derivation: shared names get codes, unique ones stay bare', () => {
    const { catalog, lock } = buildCatalog(base, 'a.txt', unlocked)
    expect(catalog.errors.map((e) => e.name)).toEqual(['CALL_CONCURRENCY_LIMIT_EXCEEDED', 'INVALID_URL_FORMAT_11100', 'INVALID_URL_FORMAT_22105'])
    expect(lock).toEqual({ 10004: 'CALL_CONCURRENCY_LIMIT_EXCEEDED', 11100: 'INVALID_URL_FORMAT_11100', 22105: 'INVALID_URL_FORMAT_22105' })
  })

  it('keeps a locked name when the message changes', () => {
    const lock = { 10004: 'CALL_CONCURRENCY_LIMIT_EXCEEDED' }
    const renamed = base.replace('Message: Call concurrency limit exceeded', 'Message: Too many concurrent calls')
    const [first] = buildCatalog(renamed, 'a.txt', { ...unlocked, lock }).catalog.errors
    expect(first).toMatchObject({ code: 10004, name: 'CALL_CONCURRENCY_LIMIT_EXCEEDED', message: 'Too many concurrent calls' })
  })

  it('derives only new codes; a new code never takes a locked name', () => {
    const lock = { 10004: 'CALL_CONCURRENCY_LIMIT_EXCEEDED', 11100: 'INVALID_URL_FORMAT' }
    const { catalog, lock: next } = buildCatalog(base, 'a.txt', { ...unlocked, lock })
    expect(catalog.errors.map((e) => e.name)).toEqual(['CALL_CONCURRENCY_LIMIT_EXCEEDED', 'INVALID_URL_FORMAT', 'INVALID_URL_FORMAT_22105'])
    expect(next).toEqual({ ...lock, 22105: 'INVALID_URL_FORMAT_22105' })
  })

  it('fails when a locked code disappears', () => {
    const lock = { 10004: 'CALL_CONCURRENCY_LIMIT_EXCEEDED', 99999: 'GONE' }
    expect(() => buildCatalog(base, 'a.txt', { ...unlocked, lock, lockPath: 'names.lock.json' })).toThrowError(
      /a\.txt:1:1 {2}error {2}Unexpected loss of locked code `99999` \(`GONE`, names\.lock\.json\)/,
    )
  })

  it('fails when a locked name would be reused for another code', () => {
    const lock = { 10004: 'INVALID_URL_FORMAT_22105' }
    expect(() => buildCatalog(base, 'a.txt', { ...unlocked, lock })).toThrowError(CatalogError)
    expect(() => buildCatalog(base, 'a.txt', { ...unlocked, lock })).toThrowError(
      /a\.txt:\d+:9 {2}error {2}Unexpected reuse of locked name `INVALID_URL_FORMAT_22105` of `10004` for `22105`/,
    )
    expect(() => buildCatalog(base, 'a.txt', { ...unlocked, lock: { 10004: 'SAME', 11100: 'SAME' } })).toThrowError(
      /locked for both `10004` and `11100`/,
    )
  })
})
