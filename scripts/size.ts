/**
 * `npm run size`: what each way of using the package costs a browser bundle,
 * measured as the issue defines it: esbuild (bundle, minify, ESM, platform
 * browser), then gzip -9. Also proves tree-shaking: text that a tier must not
 * pull in is looked for in its bundle. Exits 1 when a budget is over.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'

const gzip = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
/** The API reference, whose size table states every tier. */
const referencePath = 'docs/api.md'

/** The budgets of the size tiers, in bytes: `.size-limit.json` holds them, for size-limit and for this script. */
const budgets = new Map(
  (JSON.parse(readFileSync('.size-limit.json', 'utf8')) as { name: string; import: string; path: string; limit: string }[]).map((entry) => {
    const bytes = /^(\d+) B$/.exec(entry.limit)
    if (!bytes) throw new Error(`.size-limit.json: the limit of "${entry.name}" is not "N B": ${entry.limit}`)
    return [entry.name, Number(bytes[1])]
  }),
)

interface Tier {
  name: string
  code: string
  /** Text that must not be in the bundle (it belongs to a heavier tier). */
  absent: string[]
}

// A message, and a cause that only the docs hold.
const message = 'HTTP retrieval failure'
const docsOnly = 'Misconfigured Web Server'

const tiers: Tier[] = [
  {
    name: "{ isWarning } from 'signalwire-errors'",
    code: "import { isWarning } from 'signalwire-errors'; console.log(isWarning(13233))",
    absent: [message, 'HTTP_RETRIEVAL_FAILURE'],
  },
  {
    name: "{ ErrorCode } from 'signalwire-errors'",
    code: "import { ErrorCode } from 'signalwire-errors'; console.log(ErrorCode.HTTP_RETRIEVAL_FAILURE)",
    absent: [message],
  },
  {
    name: "{ getError } from 'signalwire-errors/lite'",
    code: "import { getError } from 'signalwire-errors/lite'; console.log(getError(11200))",
    absent: [docsOnly],
  },
  { name: "{ getError } from 'signalwire-errors'", code: "import { getError } from 'signalwire-errors'; console.log(getError(11200))", absent: [] },
]

/** What opening one code with `loadDocs` may cost: its docs chunk, gzip. Not a size-limit tier: the chunk's file name changes. */
const docsChunkBudget = 16_000

async function bundle(code: string, splitting = false) {
  const outdir = mkdtempSync(join(tmpdir(), 'size-'))
  await esbuild.build({
    stdin: { contents: code, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting,
    outdir,
    logLevel: 'error',
  })
  return readdirSync(outdir).map((name) => ({ name, text: readFileSync(join(outdir, name), 'utf8') }))
}

async function main(): Promise<number> {
  const rows: { name: string; size: number; budget: number; problems: string[] }[] = []
  for (const tier of tiers) {
    const [output] = await bundle(tier.code)
    const problems = tier.absent.filter((text) => output!.text.includes(text)).map((text) => `pulls in "${text}"`)
    const budget = budgets.get(tier.name)
    if (budget === undefined) throw new Error(`.size-limit.json has no tier "${tier.name}"`)
    rows.push({ name: tier.name, size: gzip(output!.text), budget, problems })
  }

  // loadDocs: the entry chunk loads once; opening a code fetches its category's chunk. The worst category counts.
  const outputs = await bundle("import { loadDocs } from 'signalwire-errors/lite'; loadDocs(Number(location.hash.slice(1))).then(console.log)", true)
  const chunks = outputs.filter((output) => output.name !== 'stdin.js') // esbuild names the entry of stdin so
  const worst = Math.max(...chunks.map((chunk) => gzip(chunk.text)))
  rows.push({ name: `loadDocs(code): the largest of ${chunks.length} on-demand chunks`, size: worst, budget: docsChunkBudget, problems: [] })

  // The reference's size table lists these rows in this order; each row's cost must be what is measured here.
  const table = readFileSync(referencePath, 'utf8').split('\n| you import |')[1]?.split('\n\n')[0] ?? ''
  const stated = table
    .split('\n')
    .slice(2)
    .map((line) => line.split(' | ')[1]?.replace('at most ', ''))
  rows.forEach((row, index) => {
    if (stated[index] !== kb(row.size)) row.problems.push(`${referencePath} says ${stated[index] ?? 'nothing'}, measured ${kb(row.size)}`)
  })
  // The README's entry-point table quotes the tiers but the chunk: each figure must be there as measured.
  const readme = readFileSync('README.md', 'utf8')
  const choice = readme.slice(readme.indexOf('## Which entry point'), readme.indexOf('\n## ', readme.indexOf('## Which entry point') + 1))
  for (const row of rows.slice(0, -1))
    if (!choice.includes(kb(row.size))) row.problems.push(`README.md's entry-point table does not say ${kb(row.size)}`)

  const raw = gzip(readFileSync('data/catalog.raw.txt'))
  let failed = 0
  for (const { name, size, budget, problems } of rows) {
    const ok = size <= budget && problems.length === 0
    if (!ok) failed++
    console.log(
      `${ok ? 'ok  ' : 'OVER'}  ${kb(size).padStart(8)} / ${kb(budget).padStart(8)}  ${name}${problems.length ? `  (${problems.join(', ')})` : ''}`,
    )
  }
  console.log(`raw catalog, gzip -9: ${kb(raw)}`)
  return failed ? 1 : 0
}

process.exitCode = await main()
