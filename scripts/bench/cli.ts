import { execFileSync } from 'node:child_process'
import { median, ms, type Result, userEnvironment } from './measure.ts'

/** Wall time of a command, median over fresh runs, interleaved with the other command. */
function wallTimes(commands: Record<string, string[]>, runs: number): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
  const env = userEnvironment()
  for (let run = 0; run < runs; run++) {
    for (const [name, args] of Object.entries(commands)) {
      const start = performance.now()
      execFileSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
      times[name]!.push(performance.now() - start)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]))
}

/** One lookup with the built command line against a bare `node -e 0`. */
export function benchCli(): Result[] {
  const runs = 20
  const time = wallTimes({ bare: ['-e', '0'], lookup: ['dist/cli.cjs', '11200'] }, runs)
  return [
    {
      name: 'signalwire-errors 11200 / node -e 0',
      ratio: time.lookup! / time.bare!,
      budget: 1.5,
      detail: `${ms(time.lookup!)} / ${ms(time.bare!)}, median of ${runs} runs`,
    },
  ]
}
