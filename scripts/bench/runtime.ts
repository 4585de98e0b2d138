import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, medians, ms, type Result, userEnvironment } from './measure.ts'

/** Milliseconds one `import()` of a module takes in a fresh Node process, median over fresh processes. */
function coldImport(specifier: string, runs: number): number {
  const probe = `const start = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - start)`
  const env = userEnvironment()
  const times = Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', env })),
  )
  return median(times)
}

/**
 * Lookups against a bare `Map.get` on the same codes, and cold imports of
 * each entry point against an empty module, in fresh processes. Measures the
 * built package, as users get it.
 */
export async function benchRuntime(rounds: number): Promise<Result[]> {
  // The built package (its types come from the source, through tsconfig paths).
  const main = await import('signalwire-errors')
  const lite = await import('signalwire-errors/lite')
  const codes = Object.values(main.ErrorCode)
  const map = new Map(codes.map((code) => [code, main.getError(code)]))
  const passes = 200
  let sink = 0
  const loop = (lookup: (code: (typeof codes)[number]) => unknown) => () => {
    for (let pass = 0; pass < passes; pass++) for (const code of codes) if (lookup(code)) sink++
  }
  const time = await medians({ map: loop((code) => map.get(code)), getError: loop(main.getError), lite: loop(lite.getError) }, rounds)
  if (sink === 0) throw new Error('lookups found nothing')
  const perSecond = (milliseconds: number) => `${((codes.length * passes) / milliseconds / 1000).toFixed(1)} M/s`

  const empty = join(mkdtempSync(join(tmpdir(), 'bench-')), 'empty.mjs')
  writeFileSync(empty, 'export {}\n')
  const runs = 20
  const baseline = coldImport(empty, runs)
  const liteImport = coldImport('signalwire-errors/lite', runs)
  const fullImport = coldImport('signalwire-errors', runs)

  return [
    {
      name: 'getError throughput / Map.get throughput',
      ratio: time.map! / time.getError!,
      budget: 0.5,
      atLeast: true,
      detail: `${perSecond(time.getError!)} / ${perSecond(time.map!)}`,
    },
    {
      name: 'lite getError throughput / Map.get throughput',
      ratio: time.map! / time.lite!,
      budget: 0.5,
      atLeast: true,
      detail: `${perSecond(time.lite!)} / ${perSecond(time.map!)}`,
    },
    {
      name: "cold import of 'signalwire-errors/lite' / of an empty module",
      ratio: liteImport / baseline,
      budget: 2.5,
      detail: `${ms(liteImport)} / ${ms(baseline)}, median of ${runs} processes`,
    },
    {
      name: "cold import of 'signalwire-errors' / of an empty module",
      ratio: fullImport / baseline,
      budget: 6,
      detail: `${ms(fullImport)} / ${ms(baseline)}, median of ${runs} processes`,
    },
  ]
}
