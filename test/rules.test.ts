/**
 * Every irregularity class of the catalog rules (the contract in
 * `docs/catalog-rules.md`), pinned on the real entries the rules name as
 * examples; every count is the contract's, and cites its row.
 * Classes with no entry in the shipped file are pinned in the unit tests of
 * their step on small catalogs.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadCurated } from '../scripts/lib/curated.ts'
import { parseFields } from '../scripts/lib/fields.ts'
import { buildCatalog } from '../scripts/lib/pipeline.ts'
import { toCatalogFile } from '../scripts/lib/read.ts'
import { splitEntries } from '../scripts/lib/split.ts'
import { byRules, entry, headingsOf, plainText, rawEntry, rawPath, rawText, rulesFor } from './helpers.ts'

const plain = (items: readonly string[]) => items.map(plainText)

describe('the contract', () => {
  const shared = '../shared/spec/catalog-rules.md'
  // The spec is written outside the repository; the repository keeps a copy, so that it builds and tests alone.
  it.runIf(existsSync(shared))(`docs/catalog-rules.md is ${shared}, word for word`, () => {
    expect(readFileSync('docs/catalog-rules.md', 'utf8')).toBe(readFileSync(shared, 'utf8'))
  })
})

describe('header fields', () => {
  it('Cause header field not null: the header gives the causes (11200, 13299)', () => {
    expect(rawEntry(11200)).toContain('Cause: * Web server returned')
    expect(entry(11200).causes[0]).toBe('Web server returned a 4xx or 5xx HTTP response to SignalWire')
    // 13299's header says "-": it wins over the docs section, and gives nothing.
    expect(entry(13299).causes).toEqual([])
  })

  it('Cause header field spans several lines (11200, 14107)', () => {
    expect(entry(11200).causes).toHaveLength(5)
    expect(plainText(entry(11200).causes[4]!)).toBe(
      'Content-Type doesn’t match actual content, e.g. an MP3 file that is being served with Content-Type: audio/x-wav, instead of Content-Type: audio/mpeg',
    )
    expect(entry(14107).causes.length).toBeGreaterThan(1)
  })

  it('Cause header is a markdown list: one cause per item (11200, 14107)', () => {
    expect(plain(entry(11200).causes)).toContain('No Content-Type header attached to response')
    for (const cause of [...entry(11200).causes, ...entry(14107).causes]) expect(cause).not.toMatch(/^[*-] /)
  })

  it('Cause header is prose: one cause per paragraph (13333, 45001)', () => {
    expect(entry(13333).causes).toEqual(['Profanity filter is invalid'])
    expect(entry(45001).causes).toEqual(['Flex encountered a general service error.'])
  })

  it('Cause/Solutions header is a lone "-": an empty list item gives nothing (13299)', () => {
    expect(rawEntry(13299)).toMatch(/^Cause: - +$/m)
    expect(entry(13299).causes).toEqual([])
    expect(entry(13299).solutions).toEqual([])
  })

  it('Description header field not null: it is the description (11200, 13299)', () => {
    expect(entry(11200).description).toMatch(/^An 11200 error is an indicator of a connection failure/)
    // 13299's Description only repeats the secondary message: nothing is left beyond it.
    expect(entry(13299).description).toBeNull()
  })

  it('Description header field spans several lines (11200, 13333)', () => {
    expect(plainText(entry(11200).description!)).toContain('Check that your web server is started, and is available over the public Internet.')
    // 13333's Description holds only its title headings.
    expect(entry(13333).description).toBeNull()
  })

  it('a continuation line that looks like a field ("Example Message: ...") continues the field (80101)', () => {
    expect(entry(80101).description).toBe(
      'Example Message: PhoneNumber has already been added to another Service: KS873258b0a8fd719662265509d5681660',
    )
  })

  it('header field values containing markdown headings keep sub-headings, drop title headings (11200, 13333)', () => {
    expect(entry(11200).description).toContain('\n##### 502 Bad Gateway errors\n')
    expect(entry(13333).description).toBeNull()
  })

  it('a field value starting on the next line (14107, 20003)', () => {
    expect(rawEntry(14107)).toMatch(/^Description: *\n\S/m)
    expect(entry(14107).description).toMatch(/^A counter is set for each outbound LaML reply/)
    expect(entry(20003).description).toMatch(/Authenticating requests to the SignalWire API/)
  })

  it.each([
    ['error', 10003, 'error'],
    ['error', 11251, 'error'],
    ['ERROR', 10001, 'error'],
    ['ERROR', 11100, 'error'],
    ['warning', 13233, 'warning'],
    ['warning', 13255, 'warning'],
    ['WARNING', 13333, 'warning'],
    ['WARNING', 13619, 'warning'],
  ] as const)('Log Level written "%s" (%i) reads %s', (written, code, level) => {
    expect(rawEntry(code)).toContain(`Log Level: ${written} `)
    expect(entry(code).level).toBe(level)
  })

  it('Message field missing: the first non-level docs heading, else a reported fallback (13255)', () => {
    expect(rawEntry(13255)).not.toContain('Message:')
    expect(entry(13255).message).toBe('Warning 13255')
    expect(rulesFor(13255)).toContain('missing-message')
  })

  it('Message value with extra leading spaces is trimmed (80614, 53103)', () => {
    expect(rawEntry(80614)).toMatch(/^Message: {2,}No Partner/m)
    expect(entry(80614).message).toBe('No Partner Participant Found')
    expect(entry(53103).message).toBe('Unable to create Room')
  })

  it('Message/Secondary Message with inline HTML: tags removed, text kept (12102, 21206)', () => {
    expect(entry(12102).secondaryMessage).toBe('The root element of a SignalWire Markup XML document *must* be Response')
    expect(entry(21206).secondaryMessage).toMatch(/^You attempted to initiate an outbound phone call, and you included a SendDigits parameter/)
    expect(entry(21206).secondaryMessage).not.toContain('<span')
  })

  it('literal <Placeholder> text that is not HTML survives (32214, 80203)', () => {
    expect(entry(32214).message).toBe('SIP: Invalid <Dial><Sip>')
    expect(entry(80203).secondaryMessage).toMatch(/country code <country>$/)
  })

  it('Secondary Message containing markdown: kept as text, markdown on the docs page (11751, 12102)', () => {
    expect(entry(11751).secondaryMessage).toContain('#### Possible Solutions Verify that the specified media is less than 500 KB')
    // The inline "####" is not a heading of the docs page.
    expect(headingsOf(entry(11751).docs)).not.toContain('#### Possible Solutions Verify that the specified media is less than 500 KB')
    expect(entry(12102).docs).toContain('document _must_ be [Response](https://docs.signalwire.com/')
  })

  it('Secondary Message field missing or the literal "null" is null (13255, 80305, 13224, 13333)', () => {
    for (const code of [13255, 80305, 13224, 13333]) expect(entry(code).secondaryMessage).toBeNull()
  })

  it('filler secondary messages are reported (13233, 51005)', () => {
    expect(rawEntry(13233)).toContain('Secondary Message: placeholder')
    expect(rulesFor(13233)).toContain('filler-secondary-message')
    expect(rawEntry(51005)).toMatch(/^Secondary Message: (warning|error|N\/A|placeholder) *$/m)
    expect(rulesFor(51005)).toContain('filler-secondary-message')
  })

  it('a leading "Example Message:" is removed (80612, 80614)', () => {
    expect(rawEntry(80612)).toContain('Secondary Message: Example Message: Duplicate entry.')
    expect(entry(80612).secondaryMessage).toBe('Duplicate entry. You tried to add a(n) XXX that already exists')
    expect(entry(80614).secondaryMessage).toMatch(/^Incoming message or call found no target participant/)
  })

  it('Secondary Message with extra leading spaces is trimmed (61001, 61003)', () => {
    expect(entry(61001).secondaryMessage).toMatch(/^The Add-on Provider failed/)
    expect(entry(61003).secondaryMessage).toMatch(/^\S/)
  })

  it('Solutions header field: list, several lines or prose (11200, 14107, 13333, 45001)', () => {
    expect(entry(11200).solutions).toHaveLength(7)
    expect(plainText(entry(11200).solutions[3]!)).toBe(
      'Make sure your web server allows HTTP POST requests to static resources (if the URL refers to .xml or .html files)',
    )
    expect(entry(14107).solutions.length).toBeGreaterThan(1)
    expect(entry(13333).solutions).toEqual(['Enter valid profanity filter'])
    expect(entry(45001).solutions).toEqual(['No further information available.'])
  })
})

describe('docs structure', () => {
  it('a heading flattened into running text or into a header field is reported where it stands (80101, 21458, 11751), a literal `#` is not (22117)', () => {
    expect(rulesFor(80101)).toContain('flattened-heading')
    expect(rulesFor(21458)).toContain('flattened-heading')
    expect(rulesFor(11751)).toContain('flattened-heading')
    expect(rulesFor(22117)).not.toContain('flattened-heading')
    const reported = byRules()
      .files.flatMap((file) => file.messages)
      .filter((message) => message.ruleId === 'flattened-heading')
    expect(reported.map((message) => message.reason.match(/`(\d{5})`/)![1]).sort()).toEqual([
      '11751',
      '11770',
      '14202',
      '14203',
      '14211',
      '21458',
      '80101',
    ])
  })

  it('a secondary sentence the docs say in other words is reported, and so is one they say only in part (21201, 21613)', () => {
    expect(rulesFor(21201)).toContain('secondary-differs-from-docs')
    const reasons = byRules()
      .files.flatMap((file) => file.messages)
      .filter((message) => message.reason.includes('`21613`'))
      .map((m) => m.reason)
    expect(reasons.some((reason) => reason.includes('say otherwise: "To purchase this phone number'))).toBe(true)
  })

  it('"#### Example" sections stay, with their code, after causes and solutions (40000, 40100)', () => {
    for (const code of [40000, 40100]) {
      const [example] = entry(code).sections
      expect(example?.title).toBe('Example')
      expect(example?.body).toMatch(/^```/m)
      expect(entry(code).docs!.indexOf('#### Example')).toBeGreaterThan(entry(code).docs!.indexOf('#### Possible solutions'))
    }
  })

  it('"Is the request safe to retry?" is a section, never a source of solutions (20422, 20423)', () => {
    for (const code of [20422, 20423]) {
      expect(entry(code).sections.map((section) => section.title)).toEqual(['Is the request safe to retry?'])
      expect(entry(code).solutions).toEqual([])
    }
  })

  it('"Example Message:" lines in docs: a copy of the secondary message is dropped, an example with values kept (80102, 80101)', () => {
    expect(rawEntry(80102)).toContain('Example Message: Participant has already been added to Interaction')
    expect(entry(80102).description).toBeNull()
    expect(entry(80101).description).toMatch(/^Example Message: .*KS873258b0a8fd719662265509d5681660$/)
  })

  it('<b> pseudo-headings, also glued to the next line (32007, 32008)', () => {
    expect(rawEntry(32007)).toContain('<b>Possible Solutions</b>\nReduce the number')
    expect(entry(32007).causes).toEqual(['There is a limit of 10 bindings (SIP Endpoints) per AOR.'])
    expect(entry(32007).solutions).toEqual(['Reduce the number of SIP Endpoints'])
    expect(entry(32008).causes).toEqual(['You are allowed: 5 REGISTER requests / second / AOR'])
    expect(entry(32008).solutions).toEqual(['Reduce the frequency (Increase interval) of REGISTRATIONS by your SIP Endpoints.'])
  })

  it('cause wording without a recognised heading: no causes, reported (13619, 21612)', () => {
    for (const code of [13619, 21612]) {
      expect(entry(code).causes).toEqual([])
      expect(rulesFor(code)).toContain('unintroduced-causes')
    }
    expect(rulesFor(13619)).toContain('unintroduced-solutions')
  })

  it('a docs body of the literal "null" means no docs (11251, 13000)', () => {
    for (const code of [11251, 13000]) {
      expect(rawEntry(code)).toMatch(/^Docs:\nnull\n/m)
      expect(entry(code).docs).toBeNull()
    }
    // docs/catalog-rules.md, "docs body is the literal \"null\"": 5 entries.
    expect(byRules().catalog.errors.filter((candidate) => candidate.docs === null)).toHaveLength(5)
  })

  it('a docs body starting with a blank line reads as any other (32012, 32013)', () => {
    expect(rawEntry(32012)).toMatch(/^Docs:\n\n/m)
    expect(entry(32012).causes).toEqual(['Calls Per Second placed on a SIP trunk exceeded the Master Account pool limit.'])
    expect(entry(32013).docs).toMatch(/^## Error 32013\n\n### /)
  })

  it('a docs heading with another code is reported; the page shows the real code (52164, 50402)', () => {
    expect(rawEntry(52164)).toContain('52131')
    expect(rulesFor(52164)).toContain('docs-code-conflict')
    expect(rulesFor(50402)).toContain('docs-code-conflict')
    expect(entry(52164).docs).toMatch(/^## Error 52164\n/)
    expect(entry(50402).docs).toMatch(/^## Error 50402\n/)
  })

  it('a docs heading word contradicting the Log Level never overrides it, and is reported (12200, 13224)', () => {
    expect(entry(12200).level).toBe('error')
    expect(entry(13224).level).toBe('error')
    for (const code of [12200, 13224]) expect(rulesFor(code)).toContain('docs-level-conflict')
    expect(entry(12200).docs).toMatch(/^## Error 12200\n/)
    // docs/catalog-rules.md, "docs heading word (Error/Warning) contradicts Log Level": 33 entries.
    const conflicts = byRules().files[0]!.messages.filter((message) => message.ruleId === 'docs-level-conflict')
    expect(conflicts).toHaveLength(33)
  })

  it('docs lines that look like "Key: value" fields are text (13620, 20422)', () => {
    expect(entry(13620).description).toBe('Record: Transcription feature not available for this recording.')
    expect(entry(20422).description).toContain('Common occurrences:')
  })

  it('docs with no markdown heading at all (13619, 32007)', () => {
    expect(entry(32007).description).toBe(
      'The AOR refers to: username@yoursipdomain.com\n\nThere is a limit on the number of SIP Endpoints/bindings per AOR',
    )
    expect(entry(13619).description).toMatch(/^Warning - 13619 Record: Transcription feature/)
  })

  it('docs without an Error/Warning heading still get one on the page (40000, 53101)', () => {
    expect(rawEntry(53101)).not.toMatch(/^#+ (Error|Warning)/im)
    // 53101's body starts at its own title, which the page keeps.
    expect(entry(53101).docs).toMatch(/^## Error 53101\n\n### 53101: Room name is too long\n/)
    expect(entry(40000).docs).toMatch(/^## Error 40000\n\n### Content-Type of 'application\/json' not set\n/)
  })

  it.each([
    ['# Error - N', 13255],
    ['# Error - N', 20101],
    ['## Error -  N', 53628],
    ['## Error -  N', 53630],
    ['## ERROR - N', 11200],
    ['## ERROR - N', 13299],
    ['## Error Code N', 20011],
    ['## Error Code N', 20012],
    ['## Error N', 32214],
    ['## Error N', 52001],
    ['## Error', 80102],
    ['## Error', 80203],
    ['#### Error - N', 13620],
  ])('level heading written "%s" is recognised (%i)', (_, code) => {
    const found = entry(code)
    const level = found.level === 'error' ? 'Error' : 'Warning'
    expect(headingsOf(found.docs).slice(0, 1)).toEqual([`## ${level} ${code}`])
    // It is neither a section nor part of the description.
    expect(found.sections.map((section) => section.title).join()).not.toMatch(/^(error|warning)\b/i)
    expect(found.description ?? '').not.toMatch(/^#+ (error|warning)\b/im)
  })

  it('fenced code blocks are kept, ~~~ fences normalised to ``` (40000, 40100)', () => {
    expect(rawEntry(40000)).toContain('~~~')
    expect(entry(40000).docs).not.toContain('~~~')
    expect(entry(40000).sections[0]!.body).toMatch(/^```\.json\n\{\n\t"instruction": "accept"\n\}\n```/)
    expect(entry(40100).sections[0]!.body).toMatch(/```/)
  })

  it('a docs title differing from the message: the page keeps the docs title, the difference is reported (13233, 14101)', () => {
    expect(rawEntry(14101)).toContain('### "To" Attribute is Invalid')
    expect(entry(14101).message).toBe('Invalid "To" attribute')
    expect(headingsOf(entry(14101).docs)[1]).toBe('### "To" Attribute is Invalid')
    for (const code of [13233, 14101]) expect(rulesFor(code)).toContain('title-differs-from-message')
  })

  it('headings indented by spaces are headings (13333, 13334)', () => {
    expect(rawEntry(13333)).toContain('\n ## Warning - 13333')
    expect(entry(13334).description).toBeNull()
    expect(rulesFor(13333)).toContain('repeated-title')
  })

  it('heading text with HTML entities is decoded (32214)', () => {
    expect(rawEntry(32214)).toContain('###  Invalid &lt;Dial&gt;&lt;Sip&gt;')
    expect(
      byRules().files[0]!.messages.find((message) => message.reason.includes('`32214`') && message.ruleId === 'title-differs-from-message')?.reason,
    ).toContain('Docs title `Invalid <Dial><Sip>`')
  })

  it('headings with several spaces after the #s are headings (32214, 32102)', () => {
    expect(entry(32214).solutions).toEqual(['Register the SIP endpoint to a SIP Domain on the same subaccount.'])
    expect(rawEntry(32102)).toMatch(/^#{2,4} {2,}\S/m)
    expect(entry(32102).causes).toEqual(['The SDP is not correctly formatted.'])
  })

  it('an indented (4-space) code block stays code (20404)', () => {
    expect(entry(20404).description).toContain('```\n    GET /2010-04-01/Accounts/AC123/Calls/CA123\n  ```')
  })

  it('markdown flattened onto one line is not split up, and is reported (13619)', () => {
    expect(rawEntry(13619)).toMatch(/^Warning - 13619 Record: .* Possible Causes The transcription/m)
    expect(entry(13619).description).toMatch(/^Warning - 13619 Record: .* Possible Causes The transcription/)
    expect(entry(13619).causes).toEqual([])
    expect(entry(13619).solutions).toEqual([])
    expect(rulesFor(13619)).toEqual(expect.arrayContaining(['unintroduced-causes', 'unintroduced-solutions']))
  })

  it('a markdown table stays a table; causes in it are reported, not taken (53215)', () => {
    expect(rawEntry(53215)).toContain('| Code  | Description | Explanation | Causes | Solutions |')
    expect(entry(53215).docs).toMatch(/^\| Code +\| Description +\| Explanation +\| Causes +\| Solutions +\|$/m)
    expect(entry(53215).docs).toMatch(/^\| 53215 \| Subscribe Rule\(s\) invalid +\|/m)
    expect(entry(53215).causes).toEqual([])
    expect(rulesFor(53215)).toEqual(expect.arrayContaining(['unintroduced-causes', 'unintroduced-solutions']))
  })

  it('other extra headings: sub-topics become sections or stay in the description (11200, 13333)', () => {
    expect(entry(11200).sections).toEqual([])
    expect(entry(30003).sections.map((section) => section.title)).toEqual([
      'Messages sent from short codes',
      'Messages sent from long codes',
      'Continued Error 30003 issues',
    ])
    expect(headingsOf(entry(13333).docs)).toEqual([
      '## Warning 13333',
      '### Gather: Invalid profanityFilter value',
      '#### Possible causes',
      '#### Possible solutions',
    ])
  })

  it('solution-like headings outside the accepted names are sections, not solutions (32009, 63007)', () => {
    expect(entry(32009).sections.map((section) => section.title)).toEqual(['Troubleshooting'])
    expect(entry(63007).sections.map((section) => section.title)).toEqual(['Resolution'])
    expect(entry(63007).solutions).toEqual([])
  })

  it('tab characters do not leak into causes and solutions (10001, 10003)', () => {
    expect(rawEntry(10001)).toContain('\t')
    for (const code of [10001, 10003]) for (const item of [...entry(code).causes, ...entry(code).solutions]) expect(item).not.toMatch(/\t|\s$/)
  })
})

describe('cause and solution sections', () => {
  it('"-" list markers (13299, 21631)', () => {
    expect(rawEntry(21631)).toMatch(/^- No address was provided/m)
    expect(entry(21631).causes[0]).toBe('No address was provided')
    // 13299's "-" items are empty: nothing to take.
    expect(rawEntry(13299)).toContain('#### Possible Causes\n- \n')
    expect(entry(13299).causes).toEqual([])
  })

  it('headings not in title case, with a trailing colon, at any level (21606, 52001, 13620, 20154)', () => {
    expect(entry(21606).solutions).toHaveLength(3)
    expect(entry(52001).causes).toEqual(['Address or identity or notification protocol version in a Notify Binding (or ToBinding) were invalid'])
    expect(rawEntry(13620)).toContain('#### Possible Solutions:')
    expect(entry(13620).solutions).toEqual(['Contact support to disable client side Recording Encryption feature on your account.'])
    expect(rawEntry(20154)).toMatch(/#### Possible Solution: *\n/)
    expect(entry(20154).solutions.length).toBe(3)
  })

  it('a heading with an empty section gives nothing (13299, 22123)', () => {
    expect(entry(13299).solutions).toEqual([])
    expect(entry(22123).solutions).toEqual([])
    expect(entry(22123).causes).toHaveLength(4)
  })

  it('a prose section gives one item per paragraph (13333, 13620, 60101, 51007)', () => {
    expect(rawEntry(13333)).toContain('#### Possible Solutions\nEnter valid profanity filter\n')
    expect(entry(13333).solutions).toEqual(['Enter valid profanity filter'])
    expect(entry(13620).causes).toEqual([
      'Transcription feature not supported for recordings when your account has client side Recording Encryption enabled.',
    ])
    expect(entry(60101).causes).toHaveLength(2)
    expect(entry(51007).causes).toHaveLength(4)
  })

  it('a section mixing paragraphs and lists gives both, in order; a lead-in holds its list (11100, 32215)', () => {
    expect(entry(11100).solutions).toEqual([
      'Make sure you submit a fully qualified URL including:\n- protocol (http:// or https://)\n- hostname\n- file path\n- properly url-encoded query parameters',
      'SignalWire must be able to reach this URL over the public Internet.',
    ])
    // A lead-in followed by no list is an ordinary paragraph.
    expect(entry(32215).solutions[0]).toBe('Dial the regional SIP domain. For instance:')
    expect(entry(32215).solutions).toHaveLength(2)
    expect(entry(32215).solutions).toHaveLength(2)
  })

  it.each([
    ['### Causes', 53660],
    ['### Possible causes', 52001],
    ['### Possible Causes', 11750],
    ['### Possible Causes', 20103],
    ['#### Causes', 53101],
    ['#### Possible causes:', 81018],
    ['#### Possible causes', 90010],
    ['#### Possible causes', 52182],
    ['#### Possible Causes', 10001],
    ['<b>Cause</b>', 32008],
    ['<b>Possible Causes</b>', 32007],
    ['<b>Possible Causes</b>', 32105],
  ])('causes heading "%s" (%i)', (heading, code) => {
    expect(rawEntry(code)).toContain(`${heading}`)
    expect(entry(code).causes.length).toBeGreaterThan(0)
  })

  it.each([
    ['### Possible solutions', 21606],
    ['### Possible solutions', 52001],
    ['### Possible Solutions', 11750],
    ['### Solutions', 53660],
    ['#### Possible Solution:', 20154],
    ['#### Possible Solution:', 20151],
    ['#### Possible Solution', 70101],
    ['#### Possible Solution', 70102],
    ['#### Possible solutions:', 81018],
    ['#### Possible Solutions:', 13620],
    ['#### Possible Solutions:', 20011],
    ['#### Possible solutions', 20007],
    ['#### Possible solutions', 52182],
    ['#### Possible Solutions', 10001],
    ['#### Solutions', 53101],
    ['<b>Possible Solutions</b>', 32007],
    ['<b>Possible Solutions</b>', 32214],
    ['<b>Solution</b>', 32008],
  ])('solutions heading "%s" (%i)', (heading, code) => {
    expect(rawEntry(code)).toContain(heading)
    expect(entry(code).solutions.length).toBeGreaterThan(0)
  })

  it('causes and solutions from the header or from the docs: the header wins (11200, 13299)', () => {
    // docs/catalog-rules.md, "Cause header field not null": 57 entries, as the fields step reads them.
    const file = toCatalogFile(rawText, rawPath)
    const headers = splitEntries(file).map((raw) => parseFields(file, raw))
    expect(headers.filter((header) => header?.fields.Cause)).toHaveLength(57)
    expect(headers.filter((header) => header?.fields.Solutions)).toHaveLength(57)
    // 11200's header and docs agree; with its docs' first cause changed, the header still gives the causes.
    const edited = rawEntry(11200).replace('\n* Web server returned a 4xx or 5xx HTTP response to SignalWire', '\n* Something else entirely')
    expect(edited).not.toBe(rawEntry(11200))
    const { catalog, files } = buildCatalog(edited, 'a.txt', { ...loadCurated(), lock: {}, overrides: [] })
    expect(catalog.errors[0]!.causes[0]).toBe('Web server returned a 4xx or 5xx HTTP response to SignalWire')
    expect(files[0]!.messages.map((message) => message.ruleId)).toContain('field-differs-from-docs')
    // 13299: the header "-" and the docs' empty item agree on nothing.
    expect(entry(13299).causes).toEqual([])
  })

  it('an empty list item ("- ") gives nothing (13299)', () => {
    expect(rawEntry(13299)).toContain('#### Possible Causes\n- \n')
    expect(entry(13299).causes).toEqual([])
  })

  it('a link-reference definition inside a section is not content (12100)', () => {
    expect(rawEntry(12100)).toMatch(/^\[redirect\]:/m)
    for (const item of [...entry(12100).causes, ...entry(12100).solutions]) expect(item).not.toMatch(/\[redirect\]/)
  })

  it('list items with lazy continuation lines stay one item (11200, 32009)', () => {
    expect(rawEntry(11200)).toContain('static resources (if\nthe URL refers')
    expect(entry(11200).solutions[3]).toBe(
      'Make sure your web server allows HTTP POST requests to static resources (if the URL refers to .xml or .html files)',
    )
    expect(entry(32009).solutions[0]).toMatch(/^If you are using LaML Make sure the \*\*username\*\*/)
  })

  it('a list right after a paragraph line starts a list (53615, 30003)', () => {
    expect(entry(53615).causes[0]).toBe('This is a configuration error that can have different root causes')
    expect(entry(53615).causes).toHaveLength(3)
    expect(entry(30003).causes).toHaveLength(4)
  })

  it('loose lists give one item per list item (22123, 32009)', () => {
    expect(entry(22123).causes).toEqual([
      'The number you are trying to verify cannot be reached.',
      'Your account is not allowed to call the number you are trying to verify.',
      'The number you are attempting to verify has been blocked.',
      'You are attempting to verify a number that is not a valid phone number.',
    ])
  })

  it('nested lists stay inside their parent item (20154, 52134)', () => {
    expect(entry(20154).causes).toHaveLength(2)
    expect(entry(20154).causes[1]).toMatch(/see\s|claims:\n\n- “hrh”/)
    expect(entry(52134).solutions[1]).toContain('\n  - For a development certificate')
  })

  it('no source gives an empty array (11203, 11251)', () => {
    expect(entry(11203).causes).toEqual([])
    expect(entry(11203).solutions).toHaveLength(1)
    expect(entry(11251).causes).toEqual([])
  })

  it('a paragraph wrapped over several lines is one item (32008, 51005)', () => {
    expect(rawEntry(32008)).toContain('You are allowed:\n5 REGISTER requests')
    expect(entry(32008).causes).toEqual(['You are allowed: 5 REGISTER requests / second / AOR'])
    // One item, its lines joined: a soft line break renders as a space.
    expect(entry(51005).solutions).toEqual([
      'SignalWire SDKs automatically recover and reestablish the connection if possible. For best user experience, ensure reliable network connectivity.',
    ])
  })

  it('a section ends at a deeper sub-heading (21606, 30003)', () => {
    expect(plain(entry(21606).solutions).join(' ')).not.toContain('Only certain countries')
    expect(plain(entry(30003).solutions).at(-1)).toBe('If you can rule out all of the above issues, continue troubleshooting below.')
  })

  it('sibling list items indented by 0 and 1 space are siblings (53615, 81017)', () => {
    expect(rawEntry(53615)).toContain('\n * In the recording settings')
    expect(entry(53615).solutions).toHaveLength(2)
    expect(entry(81017).solutions).toHaveLength(4)
    for (const item of entry(81017).solutions) expect(item).not.toContain('\n')
  })

  it('empty-array counts over the whole catalog', () => {
    const { errors } = byRules().catalog
    // docs/catalog-rules.md counts 450 and 468 entries with no source ("no causes", "no solutions"); 3 more of each have a source that is empty (13299, 21455, 21456; 13299, 22123, 82003).
    expect(errors.filter((candidate) => candidate.causes.length === 0)).toHaveLength(453)
    expect(errors.filter((candidate) => candidate.solutions.length === 0)).toHaveLength(471)
  })
})

describe('inline syntax', () => {
  it('angle brackets inside code spans stay literal (12100, 11750)', () => {
    expect(entry(12100).causes[1]).toBe('The root `<Response>` element is missing')
    expect(entry(11750).solutions[1]).toContain('`<?xml version="1.0" encoding="UTF-8"?>`')
  })

  it('bare URLs stay text (11200, 60101)', () => {
    expect(entry(11200).solutions[6]).toBe('Verify the ping times and packet loss between your web server and https://signalwire.com')
    expect(plainText(entry(60101).causes[1]!)).toBe('More info: https://signalwire.force.com/help/s')
  })

  it('broken link syntax "[text] (url)" stays text (80913)', () => {
    expect(plainText(entry(80913).solutions[1]!)).toBe(
      'Please read over the [Out-Of-Session Callback guide] (https://signalwire.com) for more detailed information.',
    )
  })

  it('code spans keep their content literally in plain text (11200, 12100)', () => {
    expect(plainText(entry(11200).causes[4]!)).toBe(
      'Content-Type doesn’t match actual content, e.g. an MP3 file that is being served with Content-Type: audio/x-wav, instead of Content-Type: audio/mpeg',
    )
    expect(plainText(entry(12100).solutions[3]!)).toBe('Make sure characters such as < > and & are escaped properly, as &lt; &gt; and &amp;.')
  })

  it('e-mail addresses and mailto links (32007, 60101)', () => {
    expect(entry(51007).causes[3]).toBe('For further assistance, please contact [support@signalwire.com](mailto:support@signalwire.com).')
    expect(entry(32007).description).toContain('username@yoursipdomain.com')
  })

  it('HTML entities are decoded outside code spans (12100, 12200)', () => {
    expect(rawEntry(12100)).toContain('Make sure your root element is &lt;Response&gt;')
    expect(plainText(entry(12100).solutions.find((item) => item.startsWith('Make sure your root element'))!)).toBe(
      'Make sure your root element is <Response>',
    )
    expect(rawEntry(12200)).toContain('&lt;Say&gt;')
    expect(plainText(entry(12200).causes[1]!)).toBe('incorrect case for verbs; LaML is case-sensitive, so <Say> works, but <say> will not')
  })

  it('inline <a href> becomes a markdown link (10001, 10003)', () => {
    expect(entry(10001).solutions[1]).toBe('Contact SignalWire [customer support](https://signalwire.com/support) to inquire further.')
    expect(entry(10003).solutions[1]).toContain('[customer support](https://signalwire.com/support)')
  })

  it('inline <b> in running text becomes strong (32009)', () => {
    expect(entry(32009).solutions[1]).toContain('Please check the **To** field')
  })

  it("<span class='rest-attribute'> becomes inline code (21206, 21201)", () => {
    expect(entry(21206).docs).toContain('you included a `SendDigits` parameter')
    expect(entry(21206).secondaryMessage).toContain('you included a SendDigits parameter')
    // 21201's secondary message says `Called` where its docs say 'To': the page keeps the docs, the difference is reported.
    expect(entry(21201).docs).toContain("in the 'To' POST parameter")
    expect(rulesFor(21201)).toContain('secondary-differs-from-docs')
  })

  it('link text spanning several lines (11751, 20003)', () => {
    expect(plainText(entry(11751).description!)).toContain(
      'see SignalWire Programmable SMS Supported File Types and Size Limits for MMS Media Messages.',
    )
    expect(rawEntry(20003)).toContain('[HTTP Basic\nAuthentication]')
    expect(entry(20003).description).toContain('[HTTP Basic Authentication](http://en.wikipedia.org/wiki/Basic_access_authentication)')
  })

  it('links to /docs/errors/NNNNN become cross-references listed in related (11200)', () => {
    expect(rawEntry(11200)).toContain('[Content-Type](/docs/errors/12300)')
    expect(entry(11200).related).toEqual([12300])
    expect(entry(11200).docs).toContain('[Content-Type](#12300)')
  })

  it('literal <Placeholder>/<Verb> text outside code spans is escaped text (32214, 80203)', () => {
    expect(entry(32214).message).toBe('SIP: Invalid <Dial><Sip>')
    expect(entry(32214).docs).toContain('### Invalid \\<Dial>\\<Sip>')
    expect(entry(80203).docs).toContain('country code \\<country>')
    expect(plainText(entry(80203).docs!)).toContain('country code <country>')
  })

  it('markdown emphasis (12102, 20103)', () => {
    expect(entry(12102).docs).toContain('Markup XML document _must_ be [Response]')
    expect(entry(20103).description).toContain('**Issuer:** The API Key used to sign the the token.')
  })

  it('reference-style links are resolved inline, definitions dropped (20003, 21612)', () => {
    expect(rawEntry(20003)).toContain('[auth]: http://en.wikipedia.org/wiki/Basic_access_authentication')
    expect(entry(20003).description).toContain('[HTTP Basic Authentication](http://en.wikipedia.org/wiki/Basic_access_authentication)')
    expect(entry(20003).docs).not.toMatch(/^\[auth\]:/m)
    expect(entry(21612).description).toContain(
      '[A list of countries where alphanumeric sender ID is supported can be found here](https://signalwire.force.com/help/s)',
    )
    expect(entry(21612).docs).not.toMatch(/^\[alphanumeric-countries\]:/m)
  })

  it('typographic characters are kept (11200, 13224)', () => {
    expect(entry(11200).description).toContain('SignalWire’s internal server')
  })

  it('an upper-case <A HREF> is HTML too; its relative link is reported and unwrapped (64004)', () => {
    expect(rawEntry(64004)).toContain('<A HREF="/console/voice/pay-connectors">this page</A>')
    expect(entry(64004).solutions[0]).toBe(
      'Make sure that the paymentConnector matches a Unique Name in the \\<Pay> Connector. Go to this page for a list of your Connectors.',
    )
    expect(rulesFor(64004)).toContain('unresolvable-relative-link')
  })
})

describe('classes with no entry in the shipped file, pinned on a real entry changed to show them', () => {
  const build = (text: string) => buildCatalog(text, 'x.txt', { ...loadCurated(), lock: {}, overrides: [] }).catalog.errors[0]!

  it('a Message field of the literal "null" is absent: the docs title gives the message', () => {
    expect(build(rawEntry(10004).replace('Message: Call concurrency limit exceeded', 'Message: null')).message).toBe(
      'Call concurrency limit exceeded',
    )
  })

  it('an empty docs body gives a docs page of the title alone', () => {
    const entry = build(rawEntry(10004).replace(/Docs:\n[\s\S]*$/, 'Docs:\n'))
    expect(entry.docs).toBe('## Error 10004\n\n### Call concurrency limit exceeded\n')
    expect(entry.description).toBeNull()
  })

  it('a numbered list in a section gives one item per list item', () => {
    const entry = build(
      rawEntry(11201)
        .replace('* firewall in your network', '1. firewall in your network')
        .replace('* network outage', '2. network outage')
        .replace('* invalid host', '3. invalid host'),
    )
    expect(entry.causes[0]).toBe('firewall in your network blocking incoming TCP traffic')
    expect(entry.causes).toHaveLength(3)
  })
})
