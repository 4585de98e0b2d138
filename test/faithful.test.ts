/**
 * Faithful docs pages (docs/catalog-rules.md → "docs" → Faithful), over the
 * whole catalog: every sentence of each raw docs body is on its page, and no
 * sentence is said more often than the body says it.
 */
import { describe, expect, it } from 'vitest'
import { loadCurated } from '../scripts/lib/curated.ts'
import { sectionKind } from '../scripts/lib/outline.ts'
import { parseOverrides } from '../scripts/lib/overrides.ts'
import { toCatalogFile } from '../scripts/lib/read.ts'
import { splitEntries } from '../scripts/lib/split.ts'
import { readPage, splitPage } from '../src/format/page.ts'
import { faithfulness, sentences, textWords, words } from './faithful.ts'
import { plainText, rawEntry, rawPath, rawText, shipped, shippedEntry } from './helpers.ts'

const raws = new Map(splitEntries(toCatalogFile(rawText, rawPath)).map((raw) => [raw.code, raw.docs.text]))
/** The docs body each page is made from: the raw one, or the curated body of an override that replaces it (80101, 13619). */
const bodies = new Map(raws)
for (const override of parseOverrides(loadCurated().overrides, new Set(raws.keys())).overrides)
  if (override.docs) bodies.set(override.code, override.docs.text)
const pageOf = (code: number) => shippedEntry(code).docs ?? ''
/** The front-matter keys of a code's override, if it has one. */
const overrideKeys = (code: number): string[] => {
  const override = loadCurated().overrides.find((source) => source.path.endsWith(`/${code}.md`))
  return override ? [...override.text.matchAll(/^(\w+):/gm)].map((match) => match[1]!) : []
}

describe('docs pages over all 1,049 entries', () => {
  const checked = shipped().catalog.errors.filter((entry) => raws.get(entry.code)!.trim() !== 'null')

  it('say every sentence of their docs body (raw, or curated by an override), and none more often than it', () => {
    expect(checked).toHaveLength(1044) // 1,049 entries less the 5 whose docs body is `null`
    const unfaithful = checked
      .map((entry) => ({
        code: entry.code,
        ...faithfulness(bodies.get(entry.code)!, entry.docs!, {
          code: entry.code,
          level: entry.level,
          message: entry.message,
          secondary: entry.secondaryMessage,
        }),
      }))
      .filter((result) => result.missing.length > 0 || result.repeated.length > 0)
    expect(unfaithful).toEqual([])
  })

  it('never start a description with punctuation left by a cut', () => {
    for (const entry of shipped().catalog.errors) if (entry.description) expect(entry.description, `${entry.code}`).not.toMatch(/^\s*[.,;:!?]/)
  })

  it('list as causes and solutions what their page lists, item for item, unless a header field or an override gives them', () => {
    const givenApart = (code: number, field: 'Cause' | 'Solutions', key: string) =>
      !new RegExp(`^${field}: *null *$`, 'm').test(rawEntry(code)) || overrideKeys(code).includes(key)
    let compared = 0
    for (const entry of shipped().catalog.errors) {
      if (entry.docs === null) continue
      const page = readPage(splitPage(entry.docs).body)
      if (!givenApart(entry.code, 'Cause', 'causes')) expect(entry.causes, `${entry.code}`).toEqual(page.causes)
      if (!givenApart(entry.code, 'Solutions', 'solutions')) expect(entry.solutions, `${entry.code}`).toEqual(page.solutions)
      compared++
    }
    expect(compared).toBe(1044)
  })

  it('never make a bare section label ("Possible causes:") a cause or solution', () => {
    for (const entry of shipped().catalog.errors) {
      for (const item of [...entry.causes, ...entry.solutions]) expect(sectionKind(plainText(item)), `${entry.code}: ${item}`).toBeUndefined()
    }
  })
})

/** The sentences of a secondary message as the oracle reads them: its plain text cut after `.`, `!`, `?`, or a colon before a flattened list. */
const secondarySentences = (markdown: string): string[] =>
  plainText(markdown)
    .split(/(?<=[.!?])\s+|(?<=:)\s+(?=[-*•]\s)/)
    .map(words)
    .filter((sentence) => sentence !== '')

/** Whether some sentence of a body holds at least 80% of a sentence's words (counted with repeats). */
function nearCopyIn(body: string, sentence: string): boolean {
  const needed = sentence.split(' ')
  return sentences(body).some((other) => {
    const left = other.split(' ')
    const held = needed.filter((word) => {
      const at = left.indexOf(word)
      if (at >= 0) left.splice(at, 1)
      return at >= 0
    })
    return held.length >= needed.length * 0.8
  })
}

/** Sentences a curation leaves off a page (`offPage` in data/overrides/NNNNN.md), as words. */
const offPageOf = (code: number): string[] =>
  (parseOverrides(loadCurated().overrides, new Set(raws.keys())).overrides.find((override) => override.code === code)?.fields.offPage ?? []).map(
    words,
  )

describe('secondary messages over all 1,049 entries', () => {
  it('have every sentence of six or more words on their page, unless the body says it in 80% of its words or a curation leaves it off', () => {
    let checked = 0
    for (const entry of shipped().catalog.errors) {
      if (entry.docs === null || entry.secondaryMessage === null) continue
      const page = textWords(entry.docs)
      for (const sentence of secondarySentences(entry.secondaryMessage)) {
        if (sentence.split(' ').length < 6) continue
        checked++
        const said = page.includes(` ${sentence} `) || nearCopyIn(bodies.get(entry.code)!, sentence)
        const curated = offPageOf(entry.code).some((start) => sentence.startsWith(start))
        expect(said || curated, `${entry.code}: ${sentence}`).toBe(true)
      }
    }
    expect(checked).toBeGreaterThan(500)
  })

  it('21613 gains the sentences the six-word rule hid; "Alternatively, you can provision…" stays said once by the body', () => {
    expect(pageOf(21613)).toContain(
      'To purchase this phone number, you must certify that you or your customer has a business or personal address within the local country.',
    )
    expect(pageOf(21613).match(/Alternatively, you can provision a phone number/g)).toHaveLength(1)
  })

  it('21211 and 21401 leave off the sentences that contradict their docs, by curation; the field keeps them', () => {
    for (const code of [21211, 21401]) {
      expect(pageOf(code), `${code}`).not.toContain('accepts only 10 digit')
      expect(shippedEntry(code).secondaryMessage, `${code}`).toContain('accepts only 10 digit')
      expect(pageOf(code), `${code}`).toMatch(/E\.?164/)
    }
    // 21212's docs accept 10-digit numbers too: nothing to leave off.
    expect(pageOf(21212)).toContain('SignalWire accepts only 10 digit US domestic and Canadian phone numbers')
  })

  it('80101 and 21458 are curated: no flattened heading on the page or in the field', () => {
    expect(pageOf(80101)).not.toMatch(/Service ## Warning/)
    expect(pageOf(80101).match(/### Number Already Added To Other Service/g)).toHaveLength(1)
    expect(shippedEntry(21458).secondaryMessage).toBe(
      'The type of a PhoneNumber (toll-free or not) did not match the type of the IncomingPhoneNumbers sub-resource (Local or TollFree).',
    )
    for (const entry of shipped().catalog.errors) {
      for (const text of [entry.docs ?? '', entry.secondaryMessage ?? '', entry.message])
        expect(text, `${entry.code}`).not.toMatch(/\S[^\S\n]+#{1,6}[^\S\n]+\p{Lu}/u)
    }
  })
})

describe('the oracle finds what it is for', () => {
  it('a page that drops a sentence or says one twice is caught (21618)', () => {
    const body = raws.get(21618)!
    const page = pageOf(21618)
    const extra = { code: 21618, level: 'error', message: shippedEntry(21618).message, secondary: shippedEntry(21618).secondaryMessage }
    expect(faithfulness(body, page, extra)).toEqual({ missing: [], repeated: [] })
    expect(faithfulness(body, page.replace('We have logged', 'We logged'), extra).missing).toHaveLength(1)
    expect(faithfulness(body, `${page}\n${shippedEntry(21618).secondaryMessage}\n`, extra).repeated.length).toBeGreaterThan(0)
  })
})

describe('pages named in the issue', () => {
  it('21618 says its text once: its secondary message is the body, so it is not shown again', () => {
    const secondary = words(shippedEntry(21618).secondaryMessage!)
    expect(words(pageOf(21618)).split(secondary).length - 1).toBe(1)
  })

  it('13214 says its first sentence once; its description is whole sentences', () => {
    expect(pageOf(13214).match(/callerId must be the calling number/g)).toHaveLength(1)
    expect(shippedEntry(13214).description).toMatch(/^Additionally, if the calling leg is a client leg/)
  })

  it("40133 and 14231 keep the body's own title", () => {
    expect(pageOf(40133)).toMatch(/^## Error 40133\n\n### Call API Error - Dequeue Instruction\n/)
    expect(pageOf(14231)).toMatch(
      /^## Error 14231\n\n### Conference: Provided Attributes JSON was not valid\n\nProvided Attributes is not valid JSON\.\n$/,
    )
  })

  it('labels, table cells and empty headings survive (80604, 53215, 20500)', () => {
    expect(pageOf(80604)).toContain('Example Message: Proxy identifier already in use with requested identifier.')
    expect(pageOf(53215)).toMatch(/\| 53215 \| Subscribe Rule\(s\) invalid +\|/)
    expect(pageOf(20500)).toContain("#### I'm seeing a lot of these\n\n#### Is the request safe to retry?")
  })

  it('descriptions have no fragment left by cutting the secondary message off (11205, 52213, 52215, 80505, 80608)', () => {
    for (const code of [11205, 52213, 52215, 80505, 80608]) expect(shippedEntry(code).description ?? '', `${code}`).not.toMatch(/^[.,;:]/)
    expect(shippedEntry(11205).description).toMatch(/^SignalWire will try for 10 seconds/)
  })

  it('a lead-in and its list are one item, in the fields and on the page (11100, 30003); a bare label is dropped (53200)', () => {
    expect(shippedEntry(11100).solutions[0]).toBe(
      'Make sure you submit a fully qualified URL including:\n- protocol (http:// or https://)\n- hostname\n- file path\n- properly url-encoded query parameters',
    )
    expect(pageOf(11100)).toContain('- Make sure you submit a fully qualified URL including:\n  - protocol (http:// or https://)\n  - hostname\n')
    expect(shippedEntry(30003).solutions[1]).toMatch(
      /^If you see similar results, continue troubleshooting with the following checklist:\n- Is the destination device powered on\?/,
    )
    expect(pageOf(30003)).toContain(
      '- If you see similar results, continue troubleshooting with the following checklist:\n  - Is the destination device powered on?\n',
    )
    expect(shippedEntry(53200).causes.some((cause) => /^possible causes:?$/i.test(cause))).toBe(false)
    for (const code of [13615, 14202, 14203, 14211, 15003, 21205, 21402, 21502, 21609, 22105, 30004, 30005, 54056, 70104]) {
      const items = [...shippedEntry(code).causes, ...shippedEntry(code).solutions]
      // No item is a bare list entry of a lead-in: every lead-in holds its list.
      const leadIn = items.findIndex((item) => /:$/.test(item))
      expect(leadIn, `${code}: ${items[leadIn]}`).toBe(-1)
    }
  })
})
