/**
 * The checks every prepared example imports (see `prepare` in examples.ts).
 * Importing it captures `console.log`, so that an example's printed output can
 * be held against its comments: only example modules and the runner import it.
 */
import { isDeepStrictEqual } from 'node:util'
import { anyRun, type Claim, matchesPattern } from './example-claims.ts'

/** What the running example printed since it started. */
export const printed: string[] = []
/** The console's own log, for the runner's report. */
export const log = console.log
console.log = (...values: unknown[]) => {
  printed.push(...values.map(String).join(' ').split('\n'))
}

let checked = 0
const show = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value))

/** Hold an expression's value (or throw) against its claim; an Error naming the example's line when it differs. */
export async function check(at: string, expression: string, run: () => Promise<unknown>, claim: Claim): Promise<void> {
  checked++
  let value: unknown
  try {
    value = await run()
  } catch (error) {
    const { name, message } = error as Error
    if (claim.kind === 'throws' && name === claim.name && message === claim.message) return
    throw new Error(`${at}: ${expression} threw ${name}: ${message}`)
  }
  if (claim.kind === 'throws') throw new Error(`${at}: ${expression} gave ${show(value)}, not a ${claim.name}`)
  if (claim.kind === 'value' && !isDeepStrictEqual(value, claim.value))
    throw new Error(`${at}: ${expression} is ${show(value)}, the comment says ${show(claim.value)}`)
  if (claim.kind === 'pattern' && !(Array.isArray(value) && matchesPattern(value, claim.items))) {
    throw new Error(`${at}: ${expression} is ${show(value)}, which does not match the comment`)
  }
}

/** Hold what was printed since the last reset against the comment lines under a `console.log`. */
export function checkOutput(at: string, expected: string[]): void {
  checked++
  if (
    !matchesPattern(
      printed,
      expected.map((line) => (line === '…' ? anyRun : line)),
    )
  ) {
    throw new Error(`${at}: printed ${show(printed)}, the comments say ${show(expected)}`)
  }
}

/** How many checks ran since the last call, which resets the count and the captured output. */
export function takeChecked(): number {
  const count = checked
  checked = 0
  printed.length = 0
  return count
}
