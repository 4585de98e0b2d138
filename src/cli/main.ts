#!/usr/bin/env node
/**
 * `signalwire-errors`: look up and search SignalWire error codes from a
 * terminal. The process around `run`: its arguments, stdout and stderr, its
 * terminal and environment. Built, its imports of the package's entry points
 * are requires of the built files beside it.
 */
import { fstatSync, writeSync } from 'node:fs'
import { run } from './run.ts'

/**
 * Whether a file descriptor is a terminal. A pipe or a file is not a character
 * device, which fstat tells at once; only character devices ask the tty module,
 * which loads Node's net and stream modules (about 1.5 ms).
 */
function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice() && (require('node:tty') as typeof import('node:tty')).isatty(fd)
  } catch {
    return true // a closed descriptor: nothing to read, so no different from a terminal
  }
}

/**
 * Write a line to a file descriptor directly: setting up Node's stdout stream
 * costs about 2 ms, a tenth of a lookup. A reader that has gone (`| head -1`)
 * ends the command quietly with status 0, as for any Unix filter.
 */
function writer(fd: number): (text: string) => void {
  return (text) => {
    const bytes = Buffer.from(`${text}\n`)
    let written = 0
    while (written < bytes.length) {
      try {
        written += writeSync(fd, bytes, written)
      } catch (error) {
        const { code } = error as NodeJS.ErrnoException
        if (code === 'EPIPE') process.exit(0)
        if (code !== 'EAGAIN') throw error
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5) // a full non-blocking pipe: wait, then try again
      }
    }
  }
}

const terminal = isTerminal(1)
// Standard input is asked about and read only by a command that needs it: the tty module and the stream cost their set-up otherwise.
const stdin = {
  get terminal() {
    return isTerminal(0)
  },
  read: () => process.stdin.setEncoding('utf8') as AsyncIterable<string>,
}
void run(process.argv.slice(2), { out: writer(1), err: writer(2), terminal, columns: () => process.stdout.columns, env: process.env, stdin }).then(
  (status) => {
    process.exitCode = status
  },
)
