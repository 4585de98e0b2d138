/** What one benchmark reports: a measured ratio against its budget, an upper bound unless `atLeast`. */
export interface Result {
  name: string
  ratio: number
  budget: number
  atLeast?: boolean
  detail: string
}

export const withinBudget = ({ ratio, budget, atLeast }: Result): boolean => (atLeast ? ratio >= budget : ratio <= budget)

/**
 * Time several functions in interleaved rounds, so that drift of the machine
 * hits them all alike, and return the median milliseconds of each. A function
 * that returns a promise is timed until it settles.
 */
export async function medians(subjects: Record<string, () => unknown>, rounds: number): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]))
  for (const run of Object.values(subjects)) await run() // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(subjects)) {
      globalThis.gc?.()
      const start = performance.now()
      await run()
      times[name]!.push(performance.now() - start)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]))
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export const ms = (value: number) => `${value.toFixed(1)} ms`

/**
 * The environment for timing a process as a user's machine runs it: without
 * NODE_EXTRA_CA_CERTS (which makes every Node process load a CA bundle at
 * start, about 30 ms here, hiding a slow start-up) and NODE_OPTIONS.
 */
export function userEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.NODE_EXTRA_CA_CERTS
  delete env.NODE_OPTIONS
  return env
}
