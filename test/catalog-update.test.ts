/**
 * A catalog update as MAINTAINING.md walks through it, on a real edit of the
 * raw catalog: SignalWire drops 10002, adds 10005, makes 11206 a warning,
 * rewords the secondary message of 11205 and adds a cause to 11201. Each step
 * runs the scripts a maintainer runs, in a scratch copy of the data.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCatalog } from '../scripts/catalog.ts'
import { runCatalogDiff } from '../scripts/catalog-diff.ts'
import { generate } from '../scripts/codegen/generate.ts'
import { loadCurated } from '../scripts/lib/curated.ts'
import { buildCatalog } from '../scripts/lib/pipeline.ts'
import { retireCodes } from '../scripts/lib/retire.ts'
import { type Catalog, catalogSchema, taxonomySchema } from '../scripts/lib/schema.ts'
import { capture } from './capture.ts'
import { rawText } from './helpers.ts'

const directory = mkdtempSync(join(tmpdir(), 'catalog-update-'))
const paths = {
  input: join(directory, 'catalog.raw.txt'),
  out: join(directory, 'catalog.json'),
  report: join(directory, 'catalog.report.txt'),
  lock: join(directory, 'names.lock.json'),
  vendor: join(directory, 'vendor.json'),
  retired: join(directory, 'retired.json'),
}
const options = [
  '--input',
  paths.input,
  '--out',
  paths.out,
  '--report',
  paths.report,
  '--lock',
  paths.lock,
  '--vendor',
  paths.vendor,
  '--retired',
  paths.retired,
]

const scripts = { 'scripts/catalog.ts': runCatalog, 'scripts/catalog-diff.ts': runCatalogDiff }

/** Run a script as `npm run` would, in this process (a process each cost about 1 s): its status and output. */
function run(script: keyof typeof scripts, ...args: string[]) {
  const output = capture()
  return output.result(scripts[script](args, output))
}
const readCatalog = (): Catalog => catalogSchema.parse(JSON.parse(readFileSync(paths.out, 'utf8')))

/** The raw catalog with one entry's text replaced. */
function edit(text: string, code: number, change: (entry: string) => string): string {
  const start = text.indexOf(`# Code: ${code}\n`)
  const end = text.indexOf('\n# Code: ', start + 1) + 1
  if (start < 0 || end <= 0) throw new Error(`no raw entry ${code}`)
  const changed = change(text.slice(start, end))
  if (changed === text.slice(start, end)) throw new Error(`the edit of ${code} changed nothing`)
  return text.slice(0, start) + changed + text.slice(end)
}

const newEntry = `# Code: 10005
Log Level: ERROR
Message: Account suspended
Secondary Message: This account has been suspended and may not place or receive calls.
Description: null
Cause: null
Solutions: null
Docs:
## Error - 10005

### Account suspended

This account has been suspended and may not place or receive calls.

#### Possible Causes
* An unpaid balance

#### Possible Solutions
* Contact SignalWire support.

`

let edited = rawText
edited = edit(edited, 10002, () => '')
edited = edit(edited, 10004, (entry) => entry + newEntry)
edited = edit(edited, 11206, (entry) => entry.replace('Log Level: error', 'Log Level: warning'))
edited = edit(edited, 11205, (entry) =>
  entry.replace(
    'Secondary Message: There was a network failure attempting to connect to this URL',
    'Secondary Message: There was a network failure connecting to this URL',
  ),
)
edited = edit(edited, 11201, (entry) => entry.replace('* network outage between', '* a proxy dropping the connection\n* network outage between'))

let before: Catalog
let rejected: ReturnType<typeof run>
let untouched: boolean
let accepted: ReturnType<typeof run>
let after: Catalog

beforeAll(() => {
  // The project's data as it stands, then SignalWire's new raw file.
  cpSync('data/catalog.json', paths.out)
  cpSync('data/names.lock.json', paths.lock)
  cpSync('data/vendor.json', paths.vendor)
  before = readCatalog()
  writeFileSync(paths.input, edited)
  rejected = run('scripts/catalog.ts', ...options, '--taken', '2026-12-01')
  untouched = [paths.out, paths.lock, paths.vendor].every(
    (path) => readFileSync(path, 'utf8') === readFileSync(`data/${path.split('/').pop()}`, 'utf8'),
  )
  accepted = run('scripts/catalog.ts', ...options, '--taken', '2026-12-01', '--retire', '10002')
  after = readCatalog()
})

describe('a catalog update that drops a code', () => {
  it('fails without --retire, naming the flag and the code, and writes nothing', () => {
    expect(rejected.status).toBe(1)
    expect(rejected.stderr).toContain('Unexpected loss of locked code `10002` (`TRIAL_ACCOUNT_DOES_NOT_SUPPORT_THIS_FEATURE`')
    expect(rejected.stderr).toContain('npm run catalog -- --retire 10002')
    expect(untouched).toBe(true)
  })

  it('with --retire keeps the code, flagged, with its last known entry', () => {
    expect(accepted.stdout).toContain('1050 entries, 1 retired')
    const retired = after.errors.find((entry) => entry.code === 10002)!
    const last = before.errors.find((entry) => entry.code === 10002)!
    expect(retired).toEqual({ ...last, retired: true, retiredSince: 'SignalWire error catalog of 2026-12-01' })
    expect(after.errors.filter((entry) => entry.retired).map((entry) => entry.code)).toEqual([10002])
    expect(after.errors.filter((entry) => !entry.retired)).toHaveLength(1049)
  })

  it('records the retirement and the vendor date in the curated data, and keeps the locked name', () => {
    const record = JSON.parse(readFileSync(paths.retired, 'utf8'))
    expect(Object.keys(record)).toEqual(['10002'])
    expect(record[10002].since).toBe('SignalWire error catalog of 2026-12-01')
    expect(JSON.parse(readFileSync(paths.vendor, 'utf8'))).toMatchObject({ name: 'SignalWire error catalog', taken: '2026-12-01' })
    expect(JSON.parse(readFileSync(paths.lock, 'utf8'))[10002]).toBe('TRIAL_ACCOUNT_DOES_NOT_SUPPORT_THIS_FEATURE')
    expect(after.source).toMatchObject({ catalog: 'SignalWire error catalog of 2026-12-01', taken: '2026-12-01', entries: 1050 })
    expect(readFileSync(paths.report, 'utf8')).toMatch(
      /info {2}Retired `10002` \(`TRIAL_ACCOUNT_DOES_NOT_SUPPORT_THIS_FEATURE`\) since SignalWire error catalog of 2026-12-01 {2}retired {2}retire/,
    )
  })

  it('keeps a retired code on later builds without --retire', () => {
    const again = run('scripts/catalog.ts', ...options)
    expect(again.status).toBe(0)
    expect(readCatalog()).toEqual(after)
  })

  it('refuses to retire a code the catalog still has, or one no catalog had', () => {
    const live = run('scripts/catalog.ts', ...options, '--retire', '10001')
    expect(live.status).toBe(1)
    expect(live.stderr).toContain('Unexpected `--retire 10001`: the catalog still has `10001`')
    const unknown = run('scripts/catalog.ts', ...options, '--retire', '10009')
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('Unexpected `--retire 10009`: the catalog JSON it replaces has no `10009`')
    expect(run('scripts/catalog.ts', ...options, '--retire', '10002,x').status).toBe(2)
  })
})

describe('a retired code SignalWire brings back', () => {
  it('is live again: its record goes, and the report says so', () => {
    const file = new VFile({ path: 'catalog.raw.txt' })
    const recorded = { 10002: { since: 'SignalWire error catalog of 2026-12-01', entry: before.errors.find((entry) => entry.code === 10002)! } }
    const records = retireCodes(file, new Set([10001, 10002]), recorded, {
      retire: [],
      previous: [],
      since: 'SignalWire error catalog of 2027-01-01',
    })
    expect(records).toEqual({})
    expect(file.messages.map((message) => message.reason)).toEqual(['Retired code `10002` is back in the catalog: it is live again'])
  })
})

describe('the generated code of the updated catalog', () => {
  const files = () => generate({ catalog: after, taxonomy: taxonomySchema.parse(JSON.parse(readFileSync('data/categories.json', 'utf8'))) })

  it('marks the retired ErrorCode member @deprecated, saying since which catalog', () => {
    const codes = files().find((file) => file.path === 'error-code.ts')!.text
    const member = codes.slice(
      codes.lastIndexOf('/**', codes.indexOf('readonly TRIAL_ACCOUNT_DOES_NOT_SUPPORT_THIS_FEATURE: 10002')),
      codes.indexOf('readonly TRIAL_ACCOUNT_DOES_NOT_SUPPORT_THIS_FEATURE: 10002'),
    )
    expect(member).toContain('@deprecated Retired: SignalWire dropped this code from its catalog in SignalWire error catalog of 2026-12-01.')
    expect(codes.match(/@deprecated/g)).toHaveLength(1)
  })

  it('gives getError the last entry with retired: true, and every other entry retired: false', async () => {
    // The runtime built from the updated catalog: the sources, with their generated files replaced.
    const root = mkdtempSync(join(tmpdir(), 'runtime-'))
    cpSync('src', join(root, 'src'), { recursive: true })
    for (const file of files()) writeFileSync(join(root, 'src/generated', file.path), file.text)
    const runtime = (await import(join(root, 'src/index.ts'))) as typeof import('../src/index.ts')
    const retired = runtime.getError(10002)!
    expect(retired).toMatchObject({
      code: 10002,
      name: 'TRIAL_ACCOUNT_DOES_NOT_SUPPORT_THIS_FEATURE',
      retired: true,
      message: 'Trial account does not support this feature',
    })
    expect(runtime.ErrorCode.TRIAL_ACCOUNT_DOES_NOT_SUPPORT_THIS_FEATURE).toBe(10002)
    const live = after.errors.filter((entry) => entry.code !== 10002).map((entry) => runtime.getError(entry.code)!)
    expect(live).toHaveLength(1049)
    expect(live.every((entry) => entry.retired === false)).toBe(true)
    expect(runtime.getError(10005)).toMatchObject({ message: 'Account suspended', level: 'error', category: 'account', retired: false })
    expect(runtime.getError(11206)?.level).toBe('warning')
  })
})

describe('npm run catalog:diff', () => {
  it('prints a changelog fragment: added, retired and each kind of change, with the bump', () => {
    const diff = run('scripts/catalog-diff.ts', 'data/catalog.json', paths.out)
    expect(diff.status).toBe(0)
    expect(diff.stdout).toBe(
      [
        '### Catalog: SignalWire error catalog of 2026-11-27 → SignalWire error catalog of 2026-12-01',
        '',
        'Implies a **minor** release: codes added or retired, or a level changed.',
        '',
        '1 added, 1 retired, 3 codes changed (message 1, level 1, causes 1, docs 1).',
        '',
        '#### Added (1)',
        '',
        '- `10005` `ACCOUNT_HAS_BEEN_SUSPENDED_AND_MAY_NOT_PLACE_OR_RECEIVE`: Account suspended (error, `account`)',
        '',
        '#### Retired (1)',
        '',
        '- `10002` `TRIAL_ACCOUNT_DOES_NOT_SUPPORT_THIS_FEATURE`: Trial account does not support this feature; `getError` keeps its last entry, with `retired: true`',
        '',
        '#### Changed: message (1)',
        '',
        '- `11205` `HTTP_CONNECTION_FAILURE`: secondary “There was a network failure attempting to connect to this URL” → “There was a network failure connecting to this URL”',
        '',
        '#### Changed: level (1)',
        '',
        '- `11206` `HTTP_PROTOCOL_VIOLATION`: error → warning',
        '',
        '#### Changed: causes (1)',
        '',
        '- `11201` `TCP_CONNECTION_TIMED_OUT`: 3 causes → 4',
        '',
        '#### Changed: docs (1)',
        '',
        // The description now keeps the sentence the old secondary message said and the new one does not.
        '- `11205` `HTTP_CONNECTION_FAILURE`: description changed',
        '',
      ].join('\n'),
    )
  })

  it('lists a change of the docs text alone under docs, as a patch', () => {
    const edited = join(directory, 'docs-edit.json')
    const catalog = JSON.parse(readFileSync('data/catalog.json', 'utf8'))
    const entry = catalog.errors.find((candidate: { code: number }) => candidate.code === 11200)
    entry.docs = entry.docs.replace('15 seconds', '20 seconds')
    writeFileSync(edited, JSON.stringify(catalog))
    const { stdout } = run('scripts/catalog-diff.ts', 'data/catalog.json', edited)
    expect(stdout).toContain('Implies a **patch** release')
    expect(stdout).toContain('#### Changed: docs (1)\n\n- `11200` `HTTP_RETRIEVAL_FAILURE`: page text changed\n')
  })

  it('says a data fix is a patch, and no change needs no release', () => {
    const unchanged = run('scripts/catalog-diff.ts', 'data/catalog.json', 'data/catalog.json')
    expect(unchanged.stdout).toContain('No code changed: no release needed for the data.')
    const fixed = join(directory, 'fixed.json')
    const catalog = JSON.parse(readFileSync('data/catalog.json', 'utf8'))
    catalog.errors[0].causes = [...catalog.errors[0].causes, 'A cause']
    writeFileSync(fixed, JSON.stringify(catalog))
    expect(run('scripts/catalog-diff.ts', 'data/catalog.json', fixed).stdout).toContain('Implies a **patch** release')
    expect(run('scripts/catalog-diff.ts').status).toBe(2)
  })
})

describe('the schema step', () => {
  it('reports every issue of an entry that fails the catalog schema, at its place, and stops the build', () => {
    // A retired record is the one input the earlier steps do not read: its entry meets the schema first here.
    const { retired: _retired, retiredSince: _since, ...entry } = before.errors.find((candidate) => candidate.code === 10002)!
    const broken = { ...entry, related: [30003, 11200], name: 'lower_case' }
    expect(() => buildCatalog(edited, 'catalog.raw.txt', { ...loadCurated(), retired: { 10002: { since: 'x', entry: broken } } })).toThrow(
      /^catalog\.raw\.txt:1:1 {2}error {2}Unexpected `10002` field `name`: expected a SCREAMING_SNAKE_CASE identifier {2}schema {2}schema\ncatalog\.raw\.txt:1:1 {2}error {2}Unexpected `10002` field `related`: expected sorted, distinct codes {2}schema {2}schema$/,
    )
  })
})
