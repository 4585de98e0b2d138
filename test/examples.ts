/**
 * Examples as tests: the TypeScript and JavaScript examples of the README and
 * the `@example` blocks of the published declarations, turned into modules
 * that check the results their comments claim.
 *
 * A claim is a comment after an expression that starts with a value:
 * `getError(11200)?.message // 'HTTP retrieval failure'` (a string, number,
 * array, `undefined`, `null`, `true` or `false`; text after the value is a
 * remark), `getErrorOrThrow(99999) // RangeError: …` (a throw), or the
 * comment lines under a `console.log(…)` (its output). In arrays and output,
 * `…` stands for any run of items or lines. Other comments are remarks.
 */
import { readFileSync } from 'node:fs'
import { anyRun, type Claim } from './example-claims.ts'

export interface Example {
  /** Where it comes from: `README.md:59`, or the entry point and what it documents, `signalwire-errors getError:18`. */
  where: string
  lang: 'ts' | 'tsx' | 'js'
  code: string
  /** The entry point its bare names come from, when it imports nothing. */
  entry: 'signalwire-errors' | 'signalwire-errors/lite'
}

/** The code blocks of a markdown file in TypeScript or JavaScript. */
export function readmeExamples(path: string): Example[] {
  const examples: Example[] = []
  const lines = readFileSync(path, 'utf8').split('\n')
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(ts|tsx|js)$/.exec(lines[index]!)
    if (!open) continue
    const start = index + 1
    while (lines[++index] !== '```') if (index >= lines.length) throw new Error(`${path}:${start}: unclosed code block`)
    examples.push({
      where: `${path}:${start}`,
      lang: open[1] as Example['lang'],
      code: lines.slice(start, index).join('\n'),
      entry: 'signalwire-errors',
    })
  }
  return examples
}

/** The `@example` blocks of a declaration file, as users' editors show them. */
export function declarationExamples(path: string, entry: Example['entry']): Example[] {
  const examples: Example[] = []
  const lines = readFileSync(path, 'utf8').split('\n')
  for (let index = 0; index < lines.length; index++) {
    if (!/^\s*\* @example\s*$/.test(lines[index]!)) continue
    if (!/^\s*\* ```ts$/.test(lines[++index]!)) throw new Error(`${path}:${index + 1}: an @example is not a \`\`\`ts block`)
    const start = index + 1
    while (!/^\s*\* ```$/.test(lines[++index]!)) if (index >= lines.length) throw new Error(`${path}:${start}: unclosed @example`)
    const code = lines
      .slice(start, index)
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n')
    // Named by what it documents: chunk file names change from build to build.
    const declaration = lines.slice(index).find((line) => /^(?:declare |export )*(?:function|const|interface|type) /.test(line)) ?? ''
    const name = /(?:function|const|interface|type) (\w+)/.exec(declaration)?.[1] ?? `line ${start}`
    examples.push({ where: `${entry} ${name}:${start}`, lang: 'ts', code, entry })
  }
  return examples
}

const literalPattern = /^(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|undefined|null|true|false)(?![\w$])/

/** The value a literal stands for. */
function literalValue(text: string): unknown {
  if (text === 'undefined') return undefined
  if (text.startsWith("'")) return JSON.parse(`"${text.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`)
  return JSON.parse(text)
}

/** The claim a comment makes, or undefined for a remark. */
export function parseClaim(comment: string): Claim | undefined {
  const thrown = /^(RangeError|TypeError|SyntaxError): (.+)$/.exec(comment)
  if (thrown) return { kind: 'throws', name: thrown[1]!, message: thrown[2]! }
  const literal = literalPattern.exec(comment)
  if (literal) return { kind: 'value', value: literalValue(literal[0]) }
  const array = /^\[([^\]]*)\]/.exec(comment)
  if (!array) return undefined
  const items = array[1]!
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
  return {
    kind: 'pattern',
    items: items.map((item) => {
      if (item === '…') return anyRun
      if (!literalPattern.test(item)) throw new Error(`not a literal in an array claim: ${item}`)
      return literalValue(item)
    }),
  }
}

/** Statements whose trailing comment is about a declaration or control flow: never a claim about a value. */
const statementStart =
  /^\s*(?:const|let|var|if|else|return|case|switch|for|while|import|export|type|interface|function|try|catch|\}|\/\/)\b|^\s*[})\]]/

export interface Prepared {
  /** The module to run (TypeScript): the example with every claim turned into a check. */
  module: string
  /** The number of claims it checks. */
  claims: number
}

/**
 * The example as a module: its imports first (or every export of its entry
 * point when it imports nothing), the fixtures its free names need, then its
 * body as the default export, an async function, claims replaced by checks.
 * Checks throw an Error naming the example's line and count themselves (see
 * `example-harness.ts`; `example-runner.ts` runs the modules).
 */
export function prepare(example: Example, exportedNames: readonly string[], fixtures: string): Prepared {
  const lines = example.code.split('\n')
  const imports = lines.filter((line) => /^import\b/.test(line))
  const body: string[] = []
  let claims = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (/^import\b/.test(line)) continue
    const at = `${example.where.split(':')[0]}:${Number(example.where.split(':')[1]) + index}`
    if (/^\s*console\.log\(.*\)\s*$/.test(line) && /^\s*\/\/ /.test(lines[index + 1] ?? '')) {
      const expected: string[] = []
      while (/^\s*\/\/ /.test(lines[index + 1] ?? '')) expected.push(lines[++index]!.replace(/^\s*\/\/ /, ''))
      body.push(`__printed.length = 0`, line, `__checkOutput(${JSON.stringify(at)}, ${JSON.stringify(expected)})`)
      claims++
      continue
    }
    // A claim sits after its expression, or alone on the line under it.
    const trailing = /^(.*?\S)\s+\/\/ (.*)$/.exec(line)
    const under = !trailing && /\S/.test(line) && !/^\s*\/\//.test(line) ? /^\s*\/\/ (.*)$/.exec(lines[index + 1] ?? '') : null
    const [code, comment] = trailing ? [trailing[1]!, trailing[2]!] : under ? [line, under[1]!] : []
    const claim = code !== undefined && !statementStart.test(code) ? parseClaim(comment!) : undefined
    if (!claim) {
      const alone = /^\s*\/\/ (.*)$/.exec(line)
      if (alone && parseClaim(alone[1]!)) throw new Error(`${at}: a claim that is not under an expression cannot be checked: ${line.trim()}`)
      body.push(line)
      continue
    }
    if (under) index++
    const expression = code!.trim()
    const claimCode =
      claim.kind === 'pattern'
        ? `{ kind: 'pattern', items: [${claim.items.map((item) => (item === anyRun ? '__anyRun' : JSON.stringify(item))).join(', ')}] }`
        : JSON.stringify(claim)
    body.push(
      `await __check(${JSON.stringify(at)}, ${JSON.stringify(expression)}, async () => (${expression}), ${claim.kind === 'value' && claim.value === undefined ? "{ kind: 'value', value: undefined }" : claimCode})`,
    )
    claims++
  }
  const bareNames = imports.some((line) => /from 'signalwire-errors(\/lite)?'/.test(line) && !/^import type\b/.test(line))
    ? ''
    : `import { ${exportedNames.join(', ')} } from '${example.entry}'\n`
  // Prepared modules are written to test-results/examples/, two levels below the repository.
  const harness = "import { check as __check, checkOutput as __checkOutput, printed as __printed } from '../../test/example-harness.ts'"
  const head = `${imports.join('\n')}\n${bareNames}${harness}\nimport { anyRun as __anyRun } from '../../test/example-claims.ts'\n${fixtures}\n`
  // A component module is type-checked as it stands (react.test.ts runs it); the others run in a function, so that they may return.
  if (example.lang === 'tsx') return { module: `${head}${body.join('\n')}\n`, claims }
  return { module: `${head}export default async function example(): Promise<void> {\n${body.join('\n')}\n}\n`, claims }
}
