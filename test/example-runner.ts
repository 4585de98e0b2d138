/**
 * Run prepared example modules one after another in one process (a process
 * each cost about 0.3 s): for each module path given, a JSON line with how many
 * checks ran, or the error it threw.
 */
import { log, takeChecked } from './example-harness.ts'

for (const path of process.argv.slice(2)) {
  try {
    const { default: example } = (await import(path)) as { default: () => Promise<void> }
    await example()
    log(JSON.stringify({ path, checked: takeChecked() }))
  } catch (error) {
    takeChecked()
    log(JSON.stringify({ path, error: String((error as Error).message ?? error) }))
  }
}
