/** Output a command writes line by line, captured as the text a process would print. */
export interface Captured {
  out: (text: string) => void
  err: (text: string) => void
  /** The status, with stdout and stderr as one string each. */
  result: (status: number) => { status: number; stdout: string; stderr: string }
}

export function capture(): Captured {
  const [stdout, stderr] = [[] as string[], [] as string[]]
  return {
    out: (text) => stdout.push(`${text}\n`),
    err: (text) => stderr.push(`${text}\n`),
    result: (status) => ({ status, stdout: stdout.join(''), stderr: stderr.join('') }),
  }
}
