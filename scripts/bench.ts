/**
 * `npm run bench`: every speed budget of the project, measured in one run as
 * ratios against a floor measured in the same run. Exits 1 when one is over.
 */
import { parseArgs } from 'node:util'
import { benchCatalog } from './bench/catalog.ts'
import type { Result } from './bench/measure.ts'

const { rounds } = parseArgs({ options: { rounds: { type: 'string', default: '7' } } }).values
const results: Result[] = [...benchCatalog(Number(rounds))]

let failed = 0
for (const { name, ratio, budget, detail } of results) {
  const ok = ratio <= budget
  if (!ok) failed++
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${ratio.toFixed(2)}× (budget ${budget}×)  ${name}  [${detail}]`)
}
console.log(`${results.length - failed} within budget, ${failed} over`)
process.exitCode = failed ? 1 : 0
