/**
 * `npm run bench`: every speed budget of the project, measured in one run as
 * ratios against a floor measured in the same run. Exits 1 when one is over.
 */
import { parseArgs } from 'node:util'
import { benchCatalog } from './bench/catalog.ts'
import { benchCli } from './bench/cli.ts'
import { benchHostile } from './bench/hostile.ts'
import { type Result, withinBudget } from './bench/measure.ts'
import { benchRuntime } from './bench/runtime.ts'

const { rounds } = parseArgs({ options: { rounds: { type: 'string', default: '7' } } }).values
console.log("Process timings run without NODE_EXTRA_CA_CERTS and NODE_OPTIONS, on both sides, as on a user's machine.")
const results: Result[] = [
  ...(await benchCatalog(Number(rounds))),
  ...(await benchRuntime(Number(rounds))),
  ...(await benchHostile(Number(rounds))),
  ...benchCli(),
]

let failed = 0
for (const result of results) {
  const ok = withinBudget(result)
  if (!ok) failed++
  const budget = `${result.atLeast ? 'at least' : 'at most'} ${result.budget}×`
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${result.ratio.toFixed(2)}× (${budget})  ${result.name}  [${result.detail}]`)
}
console.log(`${results.length - failed} within budget, ${failed} over`)
process.exitCode = failed ? 1 : 0
