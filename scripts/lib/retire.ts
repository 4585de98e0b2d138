import type { VFile } from 'vfile'
import { report } from './diagnostics.ts'
import type { Entry, LiveEntry, RetiredRecords } from './schema.ts'

/** What a catalog update asks of the retire step. */
export interface Retirement {
  /** Codes SignalWire dropped that this run accepts as retired. */
  retire: readonly number[]
  /** The entries of the catalog before this update: where a newly retired code's last known entry comes from. */
  previous: readonly LiveEntry[]
  /** The vendor catalog of this update, as the first one without the codes it retires. */
  since: string
}

/**
 * The retired codes after this update: those recorded before, plus those it
 * retires (each with its last entry from the previous catalog), minus those
 * back in the raw catalog. Retiring a code the raw catalog still has, or one
 * no previous catalog knows, is an error.
 */
export function retireCodes(file: VFile, codes: ReadonlySet<number>, recorded: RetiredRecords, update: Retirement): RetiredRecords {
  const records: RetiredRecords = {}
  for (const [code, record] of Object.entries(recorded)) {
    if (codes.has(Number(code))) {
      report(file, `Retired code \`${code}\` is back in the catalog: it is live again`, {
        severity: 'info',
        place: { line: 1, column: 1 },
        ruleId: 'retired-code-back',
        source: 'retire',
      })
    } else {
      records[code] = record
    }
  }
  for (const code of update.retire) {
    const place = { line: 1, column: 1 }
    const last = update.previous.find((entry) => entry.code === code)
    if (codes.has(code)) {
      report(file, `Unexpected \`--retire ${code}\`: the catalog still has \`${code}\``, {
        severity: 'error',
        place: place,
        ruleId: 'retire-live-code',
        source: 'retire',
      })
    } else if (records[code]) {
      report(file, `Code \`${code}\` is retired already (since ${records[code]!.since})`, {
        severity: 'info',
        place: place,
        ruleId: 'retired-already',
        source: 'retire',
      })
    } else if (!last) {
      report(file, `Unexpected \`--retire ${code}\`: the catalog JSON it replaces has no \`${code}\`, so there is no last known entry to keep`, {
        severity: 'error',
        place: place,
        ruleId: 'retire-unknown-code',
        source: 'retire',
      })
    } else {
      records[code] = { since: update.since, entry: last }
      report(file, `Retired \`${code}\` (\`${last.name}\`) since ${update.since}`, {
        severity: 'info',
        place: place,
        ruleId: 'retired',
        source: 'retire',
      })
    }
  }
  return records
}

/** The catalog entries of retired codes: their last known entries, flagged. */
export const retiredEntries = (records: RetiredRecords): Entry[] =>
  Object.values(records).map((record) => ({ ...record.entry, retired: true, retiredSince: record.since }))
