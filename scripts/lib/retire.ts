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
      report(file, 'info', `Retired code \`${code}\` is back in the catalog: it is live again`, { line: 1, column: 1 }, 'retired-code-back', 'retire')
    } else {
      records[code] = record
    }
  }
  for (const code of update.retire) {
    const place = { line: 1, column: 1 }
    const last = update.previous.find((entry) => entry.code === code)
    if (codes.has(code)) {
      report(file, 'error', `Unexpected \`--retire ${code}\`: the catalog still has \`${code}\``, place, 'retire-live-code', 'retire')
    } else if (records[code]) {
      report(file, 'info', `Code \`${code}\` is retired already (since ${records[code]!.since})`, place, 'retired-already', 'retire')
    } else if (!last) {
      report(file, 'error', `Unexpected \`--retire ${code}\`: the catalog JSON it replaces has no \`${code}\`, so there is no last known entry to keep`, place, 'retire-unknown-code', 'retire')
    } else {
      records[code] = { since: update.since, entry: last }
      report(file, 'info', `Retired \`${code}\` (\`${last.name}\`) since ${update.since}`, place, 'retired', 'retire')
    }
  }
  return records
}

/** The catalog entries of retired codes: their last known entries, flagged. */
export const retiredEntries = (records: RetiredRecords): Entry[] =>
  Object.values(records).map((record) => ({ ...record.entry, retired: true, retiredSince: record.since }))
