/**
 * Every TypeScript and JavaScript example of the README and the API reference
 * (docs/api.md), and every `@example`
 * of the published declarations, run against the built package with the
 * results its comments claim checked, and type-checked as a user's project
 * would (the React example is also run in Chromium: see react.test.ts).
 * Needs `npm run build`.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { declarationExamples, type Example, prepare, readmeExamples } from './examples.ts'

const directory = 'test-results/examples'
const declarations = readdirSync('dist').filter((name) => name.endsWith('.d.ts'))
const examples: Example[] = [
  ...readmeExamples('README.md'),
  ...readmeExamples('docs/api.md'),
  ...declarations.flatMap((name) => declarationExamples(join('dist', name), name === 'lite.d.ts' ? 'signalwire-errors/lite' : 'signalwire-errors')),
]

/** What the examples' free names stand for: a webhook request, a REST client that fails, a logger. */
const fixtures = `
const req = { body: { MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30003' } as Record<string, string> }
const params: Record<string, string | undefined> = { ErrorCode: '30003' }
const body = { code: 30003 }
const [to, from] = ['+15550100', '+15550199']
const client = {
  messages: {
    // @signalwire/compatibility-api rejects with a RestException: status, code, message, moreInfo.
    create: async (_: { to: string; from: string; body: unknown }): Promise<never> => {
      throw Object.assign(new Error("The 'To' number +15550100 is not a valid phone number."), { status: 400, code: 21211, moreInfo: 'https://…' })
    },
  },
}
const log = { error: (line: string) => console.log(line) }
const code: unknown = 13233
const retryLater = () => undefined
const markUnreachable = () => undefined
`

/** Every value the entry points export: the bare names an example without imports may use. */
const exportedNames = async (entry: Example['entry']) =>
  Object.keys(await import(resolve(entry === 'signalwire-errors' ? 'dist/index.js' : 'dist/lite.js')))

/** Each example as a module file (the component as .tsx), with the number of claims it checks. */
async function writeModules(): Promise<{ example: Example; file: string; claims: number }[]> {
  mkdirSync(directory, { recursive: true })
  return Promise.all(
    examples.map(async (example) => {
      const { module, claims } = prepare(example, await exportedNames(example.entry), fixtures)
      const file = resolve(directory, `${example.where.replace(/[^\w]+/g, '-')}.${example.lang === 'tsx' ? 'tsx' : 'ts'}`)
      writeFileSync(file, module)
      return { example, file, claims }
    }),
  )
}

let modules: Awaited<ReturnType<typeof writeModules>>
let outcomes: Map<string, { checked?: number; error?: string }>

beforeAll(async () => {
  modules = await writeModules()
  const runnable = modules.filter(({ example }) => example.lang !== 'tsx').map(({ file }) => file)
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'test/example-runner.ts', ...runnable], { encoding: 'utf8' })
  outcomes = new Map(
    stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .map(({ path, ...outcome }) => [path, outcome]),
  )
})

describe('the examples', () => {
  it('are found: the README blocks and the @example blocks of both entry points', () => {
    expect(examples.filter((example) => example.where.startsWith('README')).length).toBeGreaterThanOrEqual(6)
    const documented = (entry: string) =>
      examples.filter((example) => example.where.startsWith(`${entry} `)).map((example) => example.where.split(':')[0])
    expect(documented('signalwire-errors')).toEqual(
      expect.arrayContaining([
        'signalwire-errors getError',
        'signalwire-errors fromError',
        'signalwire-errors search',
        'signalwire-errors ErrorCode',
        'signalwire-errors Catalog',
      ]),
    )
    expect(documented('signalwire-errors/lite')).toEqual(['signalwire-errors/lite getError', 'signalwire-errors/lite loadDocs'])
  })

  it.each(examples.filter((example) => example.lang !== 'tsx').map((example) => [example.where, example] as const))(
    '%s runs, and gives the results its comments claim',
    (_, example) => {
      const { file, claims } = modules.find((module) => module.example === example)!
      expect(outcomes.get(file)).toEqual({ checked: claims })
    },
  )

  it('type-check against the built package, the React example included', () => {
    const program = ts.createProgram(
      modules.map(({ file }) => file),
      {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        jsx: ts.JsxEmit.ReactJSX,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        resolveJsonModule: true,
        types: ['node'],
      },
    )
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file ? `${diagnostic.file.fileName}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start!).line + 1}` : ''
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
    })
    expect(problems).toEqual([])
  })
})
