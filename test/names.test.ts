import { describe, expect, it } from 'vitest'
import { loadCurated } from '../scripts/lib/curated.ts'
import { CatalogError } from '../scripts/lib/diagnostics.ts'
import { corrected, isTooGeneric, type Nameable, namePrefixes, ruleNames } from '../scripts/lib/names.ts'
import { buildCatalog, type Curated } from '../scripts/lib/pipeline.ts'
import type { Entry } from '../scripts/lib/schema.ts'
import {
  articles,
  brandWords,
  cannotEndWords,
  composeName,
  deriveName,
  maxNameLength,
  nameFormCount,
  nameOfForm,
  titleForNaming,
} from '../src/format/naming-rule.ts'
import { escapeMarkdown, splitPage } from '../src/format/page.ts'
import { entry, rawEntry, shipped } from './helpers.ts'

const curated = loadCurated()
const unlocked: Curated = { ...curated, lock: {}, overrides: [] }
const uncurated: Curated = { ...unlocked, names: { words: {}, names: {} } }
const { errors } = shipped().catalog
const prefixes = namePrefixes(curated.taxonomy)
const curatedNames = curated.names.names
const nameOf = (code: number) => entry(code).name

/** What the naming rule reads of a catalog entry: the page's own title (none where it is the message). */
function nameable(candidate: Entry): Nameable {
  const title = candidate.docs === null ? null : splitPage(candidate.docs).title
  const spell = (text: string | null) => (text === null ? null : corrected(text, curated.names.words, candidate.code))
  return {
    code: candidate.code,
    message: spell(candidate.message)!,
    title: title === null || title === escapeMarkdown(candidate.message) ? null : spell(title),
    secondaryMessage: spell(candidate.secondaryMessage),
    category: candidate.category,
    place: { line: 1, column: 1 },
  }
}

/** The rule's names of the shipped catalog, curated names held fixed. */
const ruled = ruleNames(errors.map(nameable), prefixes, new Map(Object.entries(curatedNames).map(([code, { name }]) => [Number(code), name]))).names
/** The rule's names with no curation at all, to show what each curation replaces. */
const uncuratedRule = ruleNames(errors.map(nameable), prefixes).names

describe('deriveName: the name of a text', () => {
  it.each([
    ['HTTP retrieval failure', 'HTTP_RETRIEVAL_FAILURE'],
    ['Unreachable destination handset', 'UNREACHABLE_DESTINATION_HANDSET'],
    ['Gather: Invalid profanityFilter value', 'GATHER_INVALID_PROFANITY_FILTER_VALUE'],
    ['Invalid SendDigits', 'INVALID_SEND_DIGITS'],
    ['Dial->Conference: Invalid ReservationSid', 'DIAL_CONFERENCE_INVALID_RESERVATION_SID'],
    ['Dial: Invalid callerID, too long', 'DIAL_INVALID_CALLER_ID_TOO_LONG'],
    ['TaskRouter->Conference', 'TASKROUTER_CONFERENCE'],
    ['SignalWire Client: Client version not supported', 'SIGNALWIRE_CLIENT_VERSION_NOT_SUPPORTED'],
    ["SignalWire's platform encountered an internal error", 'SIGNALWIRE_PLATFORM_ENCOUNTERED_INTERNAL_ERROR'],
    ['Invalid Hosted Number Order SIDs', 'INVALID_HOSTED_NUMBER_ORDER_SIDS'],
    ['Notification too large, 4 kB', 'NOTIFICATION_TOO_LARGE_4_KB'],
    ["'To' number is a premium number", 'TO_NUMBER_IS_PREMIUM_NUMBER'],
    ['The source phone number is required to send an SMS', 'SOURCE_PHONE_NUMBER_IS_REQUIRED_TO_SEND_SMS'],
    ['Content-Type doesn’t match', 'CONTENT_TYPE_DOESNT_MATCH'],
    ['2010 Conference API feature requested using 2008 API', 'CODE_2010_CONFERENCE_API_FEATURE_REQUESTED_USING_2008_API'],
    ['Dial->Queue: queue name too short', 'DIAL_QUEUE_NAME_TOO_SHORT'],
    ['Add-ons: Add-ons unavailable for GET callbacks', 'ADD_ONS_UNAVAILABLE_FOR_GET_CALLBACKS'],
    ['Invalid media URL(s)', 'INVALID_MEDIA_URL'],
    ['Twilsock: PNC limit has been', 'TWILSOCK_PNC_LIMIT'],
    ['Café & bar', 'CAFE_AND_BAR'],
    ['???', 'CODE'],
  ])('%s → %s', (text, name) => {
    expect(deriveName(text)).toBe(name)
  })

  it('keeps a brand word whole and splits any other PascalCase word (WebSocket, SmsFallbackUrl)', () => {
    expect(deriveName('Stream - WebSocket - Connection Timeout')).toBe('STREAM_WEBSOCKET_CONNECTION_TIMEOUT')
    expect(deriveName('Cannot set SmsFallbackUrl without setting SmsUrl')).toBe('CANNOT_SET_SMS_FALLBACK_URL_WITHOUT_SETTING_SMS_URL')
    expect(deriveName('WebRTC over cXML and TwiML in a WhatsApp iOS JavaScript app')).toBe(
      'WEBRTC_OVER_CXML_AND_TWIML_IN_WHATSAPP_IOS_JAVASCRIPT_APP',
    )
  })

  it('gives up low-information words before it cuts a long text (50307, 21611, 53605)', () => {
    expect(deriveName(entry(50307).message)).toBe('PROGRAMMABLE_CHAT_CHANNEL_WITH_UNIQUE_NAME_ALREADY_EXISTS')
    expect(deriveName(entry(21611).message)).toBe('FROM_NUMBER_HAS_EXCEEDED_MAXIMUM_NUMBER_OF_QUEUED_MESSAGES')
    expect(deriveName(entry(53605).message)).toBe('INTERNAL_FAILURE_WHEN_RETRIEVING_ACCOUNT_RECORDING_SETTINGS')
    // A short text keeps them: they are cut only to fit.
    expect(deriveName(entry(10002).message)).toBe('TRIAL_ACCOUNT_DOES_NOT_SUPPORT_THIS_FEATURE')
  })

  it('keeps the first sentence of a long text and never ends a cut name on a number (63009, 32015)', () => {
    expect(deriveName(entry(63009).message)).toBe('CHANNEL_PROVIDER_RETURNED_INTERNAL_SERVICE_ERROR_HTTP_5XX')
    expect(deriveName('Call is terminated due to exceeding max call duration of 4 hours.')).toBe(
      'CALL_IS_TERMINATED_DUE_TO_EXCEEDING_MAX_CALL_DURATION',
    )
    const cut = deriveName('Dial: SignalWire does not support calling this number or the number is invalid')
    expect(cut.length).toBeLessThanOrEqual(maxNameLength)
    expect(cannotEndWords.has(cut.split('_').at(-1)!)).toBe(false)
  })
})

describe('composeName and nameOfForm: the forms the runtime derives', () => {
  it('puts a prefix and a suffix around a name, dropping a repeat across the join', () => {
    expect(composeName('Resource Not Found', 'FLEX', '45006')).toBe('FLEX_RESOURCE_NOT_FOUND_45006')
    expect(composeName('Account is not active', 'ACCOUNT')).toBe('ACCOUNT_IS_NOT_ACTIVE')
    expect(composeName('403 Forbidden', 'HTTP_403')).toBe('HTTP_403_FORBIDDEN')
    expect(composeName('x '.repeat(100), 'SYNC', '54000').length).toBeLessThanOrEqual(maxNameLength)
  })

  it('reads a title without its leading own code (53110)', () => {
    expect(titleForNaming('53110: StatusCallbackMethod is invalid', 53110)).toBe('StatusCallbackMethod is invalid')
    expect(titleForNaming('53110: StatusCallbackMethod is invalid', 53111)).toBe('53110: StatusCallbackMethod is invalid')
  })

  it('gives each of its 18 forms from the texts of 40121 and 20404', () => {
    const texts = {
      code: 40121,
      message: 'TaskRouter->Direct',
      title: "Missing or Invalid 'call_sid' parameter",
      secondaryMessage: null,
      prefix: 'TASKROUTER',
    }
    expect(nameOfForm(0, texts)).toBe('TASKROUTER_DIRECT')
    expect(nameOfForm(1, texts)).toBe('MISSING_OR_INVALID_CALL_SID_PARAMETER')
    expect(nameOfForm(2, texts)).toBeUndefined()
    expect(nameOfForm(4, texts)).toBe('TASKROUTER_MISSING_OR_INVALID_CALL_SID_PARAMETER')
    expect(nameOfForm(6, texts)).toBe('TASKROUTER_121_TASKROUTER_DIRECT')
    expect(nameOfForm(9, texts)).toBe('TASKROUTER_DIRECT_40121')
    expect(nameOfForm(nameFormCount - 1, { ...texts, secondaryMessage: 'Redirect failed' })).toBe('TASKROUTER_121_REDIRECT_FAILED_40121')
    const status = { code: 20404, message: 'Not Found', title: 'Not Found', secondaryMessage: null, prefix: '' }
    expect(nameOfForm(3, status)).toBeUndefined()
    expect(nameOfForm(6, status)).toBe('HTTP_404_NOT_FOUND')
  })
})

describe('the naming rule over the catalog, class by class', () => {
  it('splits PascalCase compounds, so siblings spell a word alike (21206, 13222, 21218, 22108, 14236, 14217)', () => {
    expect(nameOf(21206)).toBe('INVALID_SEND_DIGITS')
    expect(nameOf(13222)).toBe('DIAL_NUMBER_INVALID_SEND_DIGITS_VALUE')
    expect(nameOf(21218)).toBe('INVALID_APPLICATION_SID')
    expect(nameOf(22108)).toBe('HOSTED_NUMBER_INVALID_APPLICATION_SID')
    expect(nameOf(14236)).toBe('DIAL_CONFERENCE_INVALID_RESERVATION_SID')
    expect(nameOf(14217)).toContain('RESERVATION_SID')
    expect(nameOf(21421)).toBe('PHONE_NUMBER_IS_INVALID')
    expect(nameOf(21456)).not.toContain('CALLBACKURL')
  })

  it('drops articles always (21603, 21606, 21617)', () => {
    expect(nameOf(21603)).toBe('SOURCE_FROM_PHONE_NUMBER_IS_REQUIRED_TO_SEND_SMS')
    expect(nameOf(21617)).toBe('CONCATENATED_MESSAGE_BODY_EXCEEDS_1600_CHARACTER_LIMIT')
    expect(nameOf(21618)).toBe('MESSAGE_BODY_CANNOT_BE_SENT')
  })

  it('names codes that share a message by their docs titles (40110–40145), correcting the vendor typo "Direct"', () => {
    expect(nameOf(40120)).toBe('MISSING_OR_INVALID_URL_PARAMETER_REDIRECT_INSTRUCTION')
    expect(nameOf(40121)).toBe('MISSING_OR_INVALID_CALL_SID_PARAMETER_REDIRECT_INSTRUCTION')
    expect(nameOf(40122)).toBe('CALL_REDIRECTION_API_ERROR_REDIRECT_INSTRUCTION')
    expect(nameOf(40136)).toBe('RESERVATION_MUST_CURRENTLY_BE_PENDING_CONFERENCE_INSTRUCTION')
    expect(corrected('TaskRouter->Direct', curated.names.words, 40120)).toBe('TaskRouter->REDIRECT')
    expect(corrected('Direct connect not found', curated.names.words, 62004)).toBe('Direct connect not found')
  })

  it('then by their categories (11100, 22105; 21218, 22108), then by their secondary messages', () => {
    expect([nameOf(11100), nameOf(22105)]).toEqual(['WEBHOOK_INVALID_URL_FORMAT', 'HOSTED_NUMBER_INVALID_URL_FORMAT'])
    // The last code left of those sharing a name keeps it: the REST API's categories take no prefix.
    expect([nameOf(21218), nameOf(22108)]).toEqual(['INVALID_APPLICATION_SID', 'HOSTED_NUMBER_INVALID_APPLICATION_SID'])
    expect(uncuratedRule.get(90010)!.name).toBe('MESSAGE_ACCOUNT_IS_NOT_ACTIVE')
    expect(uncuratedRule.get(13311)!.name).toBe('VALUE_OF_FINISH_ON_KEY_ATTRIBUTE_MUST_BE_SINGLE_CHARACTER')
  })

  it('appends the code only where the vendor gives nothing different (45006, 45201; 60101, 60601)', () => {
    expect([nameOf(45006), nameOf(45201)]).toEqual(['FLEX_RESOURCE_NOT_FOUND_45006', 'FLEX_RESOURCE_NOT_FOUND_45201'])
    expect([nameOf(60101), nameOf(60601)]).toEqual([
      'CANADIAN_NUMBER_FURTHER_AUTHORIZATION_REQUIRED_60101',
      'CANADIAN_NUMBER_FURTHER_AUTHORIZATION_REQUIRED_60601',
    ])
    // A secondary message that only repeats another code's title tells nothing apart.
    expect([nameOf(51122), nameOf(51131)]).toEqual(['TWILSOCK_AUTHENTICATION_FAILED_51122', 'TWILSOCK_AUTHENTICATION_FAILED_51131'])
  })

  it('names a status family one way (20403, 20404, 20429, 31403, 31409, 31486), and only the codes that are statuses (20423)', () => {
    expect([20403, 20404, 20413, 20429].map(nameOf)).toEqual([
      'HTTP_403_FORBIDDEN',
      'HTTP_404_NOT_FOUND',
      'HTTP_413_REQUEST_ENTITY_TOO_LARGE',
      'HTTP_429_TOO_MANY_REQUESTS',
    ])
    // A code of the range whose message is no status phrase claims no status (20423 is answered with 422, not 423 "Locked").
    expect([nameOf(20422), nameOf(20423)]).toEqual(['INVALID_PARAMETER', 'INVALID_SID'])
    expect([31403, 31409, 31486, 31603].map(nameOf)).toEqual([
      'CLIENT_403_FORBIDDEN',
      'CLIENT_409_CONFLICT',
      'CLIENT_486_BUSY_HERE',
      'CLIENT_603_DECLINE',
    ])
  })

  it('prefixes names too generic to stand alone with their product (45002, 45004, 54100, 31000), not the platform-wide REST API (20003)', () => {
    expect([45002, 45004, 54100, 31000].map(nameOf)).toEqual([
      'FLEX_AUTHENTICATION_ERROR',
      'FLEX_VALIDATION_ERROR',
      'SYNC_DOCUMENT_NOT_FOUND',
      'CLIENT_GENERIC_ERROR',
    ])
    expect(nameOf(20003)).toBe('PERMISSION_DENIED')
    expect(isTooGeneric('STATUS_IS_INVALID')).toBe(true)
    expect(isTooGeneric('HTTP_RETRIEVAL_FAILURE')).toBe(false)
    expect(isTooGeneric('SERVICE_INSTANCE_UNIQUE_NAME_NOT_FOUND')).toBe(false)
  })

  it('gives the rest of a family its prefix where the rule gave a good part of it the prefix (54250 beside 54200; 80401 beside 80408)', () => {
    expect(nameOf(54250)).toBe('SYNC_MESSAGE_STREAM_NOT_FOUND')
    expect(nameOf(54200)).toBe('SYNC_MAP_NOT_FOUND')
    expect([nameOf(80401), nameOf(80408)]).toEqual(['PROXY_ACCOUNT_SID_INVALID', 'PROXY_SERVICE_SID_INVALID'])
    // A name that already names the product takes no prefix, and neither does a family the rule prefixed only once (30008).
    expect(nameOf(22101)).toBe('INVALID_HOSTED_NUMBER_ORDER_SIDS')
    expect([nameOf(30003), nameOf(30008)]).toEqual(['UNREACHABLE_DESTINATION_HANDSET', 'MESSAGE_UNKNOWN_ERROR'])
  })

  it('takes a long message’s shorter docs title where it says the same (63001, 63008, 40134)', () => {
    expect(nameOf(63001)).toBe('CHANNEL_AUTHENTICATION_ERROR')
    expect(nameOf(63008)).toBe('CHANNEL_MISCONFIGURED')
    expect(nameOf(40134)).toBe('INVALID_STATUS_CALLBACK_EVENTS_PARAMETER_DEQUEUE_INSTRUCTION')
  })

  it('keeps the predicate of a cut name (50307 by the rule; 21712, 32010, 53622 by curation)', () => {
    expect(nameOf(50307)).toMatch(/ALREADY_EXISTS$/)
    expect(nameOf(21712)).toMatch(/MESSAGING_SERVICE$/)
    expect(nameOf(32010)).toMatch(/ELASTIC_SIP_TRUNK$/)
    expect([nameOf(53612), nameOf(53622)]).toEqual([
      'INVALID_PUBLIC_KEY_FOR_RECORDING_MEDIA_ENCRYPTION',
      'INVALID_PUBLIC_KEY_FOR_COMPOSITION_MEDIA_ENCRYPTION',
    ])
  })
})

describe('all 1,049 names', () => {
  it('are unique identifiers of at most 60 characters', () => {
    expect(new Set(errors.map((candidate) => candidate.name)).size).toBe(1049)
    for (const { code, name } of errors) {
      expect(name, `${code}`).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/)
      expect(name.length, `${code} ${name}`).toBeLessThanOrEqual(maxNameLength)
    }
  })

  it('are each the rule’s name or a curated one, and no curation repeats the rule', () => {
    for (const { code, name } of errors) {
      const curatedName = curatedNames[code]?.name
      if (curatedName !== undefined) {
        expect(name, `${code}`).toBe(curatedName)
        expect(uncuratedRule.get(code)!.name, `${code}: the curation of ${name} is the rule's own name`).not.toBe(curatedName)
      } else expect(name, `${code}`).toBe(ruled.get(code)!.name)
    }
  })

  it('hold no glued compound outside the brand list', () => {
    const brands = new Set(brandWords.map((word) => word.toUpperCase()))
    for (const candidate of errors) {
      const words = new Set(candidate.name.split('_'))
      const texts = [candidate.message, candidate.secondaryMessage ?? '', candidate.docs === null ? '' : splitPage(candidate.docs).title]
      for (const token of texts.join(' ').split(/[^A-Za-z0-9]+/)) {
        // A compound: a word with a hump inside (a lower-case letter, then an upper-case one starting two or more letters).
        if (/[a-z][A-Z][A-Za-z]/.test(token) && !brands.has(token.toUpperCase()))
          expect(words.has(token.toUpperCase()), `${candidate.code} ${candidate.name} glues ${token}`).toBe(false)
      }
    }
  })

  it('hold no article and end on no word that cannot end a phrase, nor a run of words repeating the one before', () => {
    for (const { code, name } of errors) {
      const parts = name.split('_')
      for (const part of parts) expect(articles.has(part), `${code} ${name}`).toBe(false)
      expect(cannotEndWords.has(parts.at(-1)!), `${code} ${name}`).toBe(false)
      expect(/(^|_)([A-Z0-9]+(?:_[A-Z0-9]+){0,2})_\2(_|$)/.test(name), `${code} ${name}`).toBe(false)
    }
  })

  it('carry a code suffix only where no docs title or secondary message tells the codes apart', () => {
    // 13255's message is "Warning 13255": its code is its own name, not a suffix.
    const suffixed = errors.filter(
      ({ code, name, message }) => name.endsWith(`_${code}`) && curatedNames[code] === undefined && deriveName(message) !== name,
    )
    expect(suffixed.length).toBeGreaterThan(0)
    const byBase = new Map<string, Entry[]>()
    for (const candidate of suffixed) {
      const base = candidate.name.slice(0, -String(candidate.code).length - 1)
      byBase.set(base, [...(byBase.get(base) ?? []), candidate])
    }
    for (const [base, group] of byBase) {
      expect(group.length, base).toBeGreaterThan(1)
      // What each code's title and secondary message would name it; another code's texts giving the same name tell nothing apart.
      const said = group.map((candidate) => {
        const texts = nameable(candidate)
        return new Set(
          [texts.title === null ? texts.message : titleForNaming(texts.title, texts.code), texts.message, texts.secondaryMessage]
            .filter((text) => text !== null)
            .map((text) => deriveName(text)),
        )
      })
      for (const [index, names] of said.entries()) {
        const others = new Set(said.filter((_, other) => other !== index).flatMap((set) => [...set]))
        const apart = [...names].filter((name) => !others.has(name))
        expect(apart, `${group[index]!.code} ${group[index]!.name}`).toEqual([])
      }
    }
  })

  it('have curations that give a reason, and no vendor typo of the word list', () => {
    for (const [code, { reason }] of Object.entries(curatedNames)) expect(reason.length, code).toBeGreaterThan(20)
    for (const { code, name } of errors)
      for (const [typo, { codes }] of Object.entries(curated.names.words))
        if (codes === undefined || codes.includes(code)) expect(name.split('_'), `${code}`).not.toContain(typo)
    expect(nameOf(50309)).toBe('PROGRAMMABLE_CHAT_INVALID_DATE_UPDATED_PARAMETER')
  })

  it('are derived back by the runtime’s forms from each entry’s texts, or stored as exceptions', () => {
    const prefixOf = new Map(curated.taxonomy.map((category) => [category.slug, category.namePrefix ?? '']))
    let derived = 0
    for (const candidate of errors) {
      const title = candidate.docs === null ? escapeMarkdown(candidate.message) : splitPage(candidate.docs).title
      const texts = {
        code: candidate.code,
        message: candidate.message,
        title,
        secondaryMessage: candidate.secondaryMessage,
        prefix: prefixOf.get(candidate.category)!,
      }
      if (Array.from({ length: nameFormCount }, (_, form) => nameOfForm(form, texts)).includes(candidate.name)) derived++
    }
    // Curated names and names from texts with a corrected vendor typo are stored; every other name is derived.
    expect(derived).toBeGreaterThan(errors.length - Object.keys(curatedNames).length - 10)
  })
})

describe('distinct messages that clash after a cut', () => {
  it('get their codes appended and are reported, to be curated (53611, 53621)', () => {
    const { catalog, files } = buildCatalog(rawEntry(53611) + rawEntry(53621), 'a.txt', uncurated)
    expect(catalog.errors.map((e) => e.name)).toEqual([
      'INVALID_AWS_CREDENTIALS_TO_ACCESS_EXTERNAL_S3_BUCKET_53611',
      'INVALID_AWS_CREDENTIALS_TO_ACCESS_EXTERNAL_S3_BUCKET_53621',
    ])
    expect(files[0]!.messages.filter((message) => message.ruleId === 'name-clash').map((message) => message.reason)).toEqual([
      expect.stringContaining('distinct texts of `53611`'),
      expect.stringContaining('distinct texts of `53621`'),
    ])
  })

  it('are not reported when every text is the same (45006, 45201)', () => {
    const { files } = buildCatalog(rawEntry(45006) + rawEntry(45201), 'a.txt', uncurated)
    expect(files[0]!.messages.filter((message) => message.ruleId === 'name-clash')).toEqual([])
  })
})

describe('the names lock', () => {
  const base = rawEntry(10004) + rawEntry(11100) + rawEntry(22105)

  it('first derivation: codes that share a message are told apart by their categories', () => {
    const { catalog, lock } = buildCatalog(base, 'a.txt', unlocked)
    expect(catalog.errors.map((e) => e.name)).toEqual([
      'CALL_CONCURRENCY_LIMIT_EXCEEDED',
      'WEBHOOK_INVALID_URL_FORMAT',
      'HOSTED_NUMBER_INVALID_URL_FORMAT',
    ])
    expect(lock).toEqual({ 10004: 'CALL_CONCURRENCY_LIMIT_EXCEEDED', 11100: 'WEBHOOK_INVALID_URL_FORMAT', 22105: 'HOSTED_NUMBER_INVALID_URL_FORMAT' })
  })

  it('keeps a locked name when the message changes', () => {
    const lock = { 10004: 'CALL_CONCURRENCY_LIMIT_EXCEEDED' }
    const renamed = base.replace('Message: Call concurrency limit exceeded', 'Message: Too many concurrent calls')
    const [first] = buildCatalog(renamed, 'a.txt', { ...unlocked, lock }).catalog.errors
    expect(first).toMatchObject({ code: 10004, name: 'CALL_CONCURRENCY_LIMIT_EXCEEDED', message: 'Too many concurrent calls' })
  })

  it('derives only new codes; a new code never takes a locked name, nor keeps a name a locked code holds', () => {
    const lock = { 10004: 'CALL_CONCURRENCY_LIMIT_EXCEEDED', 11100: 'INVALID_URL_FORMAT' }
    const { catalog, lock: next } = buildCatalog(base, 'a.txt', { ...unlocked, lock })
    expect(catalog.errors.map((e) => e.name)).toEqual(['CALL_CONCURRENCY_LIMIT_EXCEEDED', 'INVALID_URL_FORMAT', 'HOSTED_NUMBER_INVALID_URL_FORMAT'])
    expect(next).toEqual({ ...lock, 22105: 'HOSTED_NUMBER_INVALID_URL_FORMAT' })
  })

  it('fails when a locked code disappears', () => {
    const lock = { 10004: 'CALL_CONCURRENCY_LIMIT_EXCEEDED', 99999: 'GONE' }
    expect(() => buildCatalog(base, 'a.txt', { ...unlocked, lock, lockPath: 'names.lock.json' })).toThrowError(
      /a\.txt:1:1 {2}error {2}Unexpected loss of locked code `99999` \(`GONE`, names\.lock\.json\)/,
    )
  })

  it('fails when a locked name would be reused for another code', () => {
    // A curated name that a locked code holds.
    const clash: Curated = {
      ...unlocked,
      lock: { 10004: 'HOSTED_NUMBER_INVALID_URL_FORMAT' },
      names: { words: {}, names: { 22105: { name: 'HOSTED_NUMBER_INVALID_URL_FORMAT', reason: 'a clash' } } },
    }
    expect(() => buildCatalog(base, 'a.txt', clash)).toThrowError(CatalogError)
    expect(() => buildCatalog(base, 'a.txt', clash)).toThrowError(
      /a\.txt:\d+:9 {2}error {2}Unexpected reuse of locked name `HOSTED_NUMBER_INVALID_URL_FORMAT` of `10004` for `22105`/,
    )
    expect(() => buildCatalog(base, 'a.txt', { ...unlocked, lock: { 10004: 'SAME', 11100: 'SAME' } })).toThrowError(
      /locked for both `10004` and `11100`/,
    )
  })
})

describe('the naming rule at its edges (what the catalog does not reach)', () => {
  const letters = 'Alpha bravo charlie delta echo foxtrot golf hotel'

  it('drops a repeated run of up to three words, never a longer one', () => {
    expect(deriveName('One two three one two three')).toBe('ONE_TWO_THREE')
    expect(deriveName('Alpha beta gamma delta alpha beta gamma delta')).toBe('ALPHA_BETA_GAMMA_DELTA_ALPHA_BETA_GAMMA_DELTA')
  })

  it('keeps the last word of a text made of words it would otherwise drop', () => {
    expect(deriveName('This provided')).toBe('PROVIDED') // low-information words start no name, but one stays
    expect(deriveName('Not of')).toBe('NOT') // words that cannot end a phrase go from the end, but one stays
  })

  it('cuts one word longer than the limit to the limit', () => {
    expect(deriveName('X'.repeat(70))).toBe('X'.repeat(maxNameLength))
  })

  it('keeps a long text whose first sentence has no words, rather than naming nothing', () => {
    expect(deriveName(`?! ${letters} india juliet kilo lima mike`)).toBe('ALPHA_BRAVO_CHARLIE_DELTA_ECHO_FOXTROT_GOLF_HOTEL_INDIA')
  })

  it('does not end a cut name with a number, but keeps a word that only holds digits (TLSv1, 3rd)', () => {
    expect(deriveName(`${letters} india 128 juliet kilo`)).toBe('ALPHA_BRAVO_CHARLIE_DELTA_ECHO_FOXTROT_GOLF_HOTEL_INDIA')
    expect(deriveName(`${letters} 128`)).toBe('ALPHA_BRAVO_CHARLIE_DELTA_ECHO_FOXTROT_GOLF_HOTEL_128') // not cut: the number stays
    expect(deriveName(`${letters} TLSv1 juliet kilo`)).toBe('ALPHA_BRAVO_CHARLIE_DELTA_ECHO_FOXTROT_GOLF_HOTEL_TLSV1')
    expect(deriveName(`${letters} 3rd julietta kilo`)).toBe('ALPHA_BRAVO_CHARLIE_DELTA_ECHO_FOXTROT_GOLF_HOTEL_3RD')
  })

  it('composes a name without a prefix by the rule alone, and fits prefix, text and suffix in the limit', () => {
    expect(composeName('Resource not found')).toBe('RESOURCE_NOT_FOUND')
    expect(composeName('404 Not Found')).toBe('CODE_404_NOT_FOUND')
    expect(composeName('404 Not Found', 'HTTP')).toBe('HTTP_404_NOT_FOUND')
    // The text's part gets exactly the room left: one more character would take the word X.
    const named = composeName(`${letters} x india juliet`, 'FLEX', '45006')
    expect(named).toBe('FLEX_ALPHA_BRAVO_CHARLIE_DELTA_ECHO_FOXTROT_GOLF_HOTEL_45006')
    expect(named.length).toBeLessThanOrEqual(maxNameLength)
  })
})
