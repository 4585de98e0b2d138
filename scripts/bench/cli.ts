import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/** A log of `megabytes` MB: webhook lines with known codes, unknown ones marked as codes, SIDs, phone numbers and statuses. */
function writeLog(path: string, megabytes: number): void {
  const lines = Array.from({ length: 1000 }, (_, index) => {
    const code = [30003, 11200, 21211, 30005, 13227][index % 5]
    const unknown = index % 50 === 0 ? ` error_code: ${72000 + index}` : ''
    return `2026-12-02T10:${String(index % 60).padStart(2, '0')}:00Z POST /status 200 MessageSid=SM${index}45 To=+1555${index}0000 ErrorCode=${code}${unknown}\n`
  }).join('')
  const fd = openSync(path, 'w')
  for (let written = 0; written < megabytes * 1e6; written += lines.length) writeSync(fd, lines) // 0 MB: an empty file
  closeSync(fd)
}

/** Seconds and peak memory of the command reading a file on standard input, as GNU time reports them. */
function readLog(path: string): { seconds: number; peakMb: number; megabytes: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', 'sh', '-c', `"${process.execPath}" dist/cli.cjs - < "${path}" > /dev/null`], {
    encoding: 'utf8',
    env: userEnvironment(),
  })
  const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number)
  const megabytes = Number(execFileSync('stat', ['-c', '%s', path], { encoding: 'utf8' })) / 1e6
  return { seconds: seconds!, peakMb: kilobytes! / 1000, megabytes }
}

/**
 * A 1 MB and a 100 MB log on standard input, each less a run on an empty
 * input (the start-up). Reading is linear when a megabyte of the large log
 * costs what one of the small log does (1.5× allows for the machine's drift),
 * and streamed when the large log's peak memory stays near the small one's:
 * 2× allows for the heap a long run grows to, where a log read whole would
 * take a hundred times the memory.
 */
function benchPaste(): Result[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-paste-'))
  try {
    const small = join(dir, 'small.log')
    const large = join(dir, 'large.log')
    const empty = join(dir, 'empty.log')
    writeLog(small, 1)
    writeLog(large, 100)
    writeLog(empty, 0)
    readLog(small) // warm the file cache and the code cache alike
    const start = Math.min(...Array.from({ length: 3 }, () => readLog(empty).seconds))
    const one = readLog(small)
    const hundred = readLog(large)
    const perMb = (run: typeof one) => Math.max(0.001, run.seconds - start) / run.megabytes
    return [
      {
        name: 'stdin: time per MB of a 100 MB log / of a 1 MB log',
        ratio: perMb(hundred) / perMb(one),
        budget: 1.5,
        detail: `${(perMb(hundred) * 1000).toFixed(1)} ms/MB / ${(perMb(one) * 1000).toFixed(1)} ms/MB, start-up ${(start * 1000).toFixed(0)} ms left out`,
      },
      {
        name: 'stdin: peak memory on a 100 MB log / on a 1 MB log',
        ratio: hundred.peakMb / one.peakMb,
        budget: 2,
        detail: `${hundred.peakMb.toFixed(0)} MB / ${one.peakMb.toFixed(0)} MB`,
      },
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One lookup with the built command line against a bare `node -e 0`; then logs on standard input. */
export function benchCli(): Result[] {
  const runs = 20
  const time = wallTimes({ bare: ['-e', '0'], lookup: ['dist/cli.cjs', '11200'] }, runs)
  return [
    ...benchPaste(),
    {
      name: 'signalwire-errors 11200 / node -e 0',
      ratio: time.lookup! / time.bare!,
      budget: 1.5,
      detail: `${ms(time.lookup!)} / ${ms(time.bare!)}, median of ${runs} runs`,
    },
  ]
}
