import { readFileSync } from 'node:fs'
import { medians, ms, type Result } from './measure.ts'

/** The size of every adversarial input: what a server might accept from one request. */
const size = 100_000

/** Text repeated up to `size` characters. */
const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

/** Shapes that made a regex or a loop go quadratic, or that might. */
const markdownShapes: Record<string, string> = {
  'open brackets': fill('['),
  'image openers': fill('!['),
  'bracket, paren runs': fill('[](('),
  'unclosed links': fill('[a](b'),
  'backtick runs': fill('`a``'),
  'autolink openers': fill('<http:'),
  'reference openers': fill('&#'),
  'escaped brackets': fill('\\['),
  'intraword underscores': fill('a__b'),
  'heading marks': fill('#'),
  'list markers': fill('- '),
  'fence lines': fill('```\n'),
}

/**
 * The text helpers on 100 KB adversarial inputs, each against the same
 * helper on 100 KB of ordinary catalog text: a linear helper costs about the
 * same on both, a quadratic one hundreds of times more. Measures the built
 * package, as users get it.
 */
export async function benchHostile(rounds: number): Promise<Result[]> {
  const main = await import('signalwire-errors')
  // The build writes the version into the CLI; here it is the package's.
  Object.assign(globalThis, { PACKAGE_VERSION: JSON.parse(readFileSync('package.json', 'utf8')).version })
  const { run } = await import('../../src/cli/run.ts')
  const ordinary = fill(
    Object.values(main.ErrorCode)
      .map((code) => main.getError(code).docs ?? '')
      .join('\n\n'),
  )
  const quiet = { out: () => {}, err: () => {}, terminal: false, columns: () => undefined, env: {} }
  const budget = 5
  const results: Result[] = []
  const compare = async (name: string, helper: (input: string) => unknown, inputs: Record<string, string>, floor: string) => {
    const subjects: Record<string, () => unknown> = { ordinary: () => helper(floor) }
    for (const [shape, input] of Object.entries(inputs)) subjects[shape] = () => helper(input)
    const time = await medians(subjects, rounds)
    const [worst, worstTime] = Object.entries(time)
      .filter(([shape]) => shape !== 'ordinary')
      .sort((a, b) => b[1] - a[1])[0]!
    results.push({
      name: `${name} on 100 KB adversarial input / on 100 KB of catalog text`,
      ratio: worstTime / time.ordinary!,
      budget,
      detail: `worst: ${worst}, ${ms(worstTime)} / ${ms(time.ordinary!)}`,
    })
  }
  await compare('toPlainText', main.toPlainText, markdownShapes, ordinary)
  await compare(
    'resolveLinks',
    (input) => main.resolveLinks(input, (code) => `/errors/${code}`),
    { ...markdownShapes, 'cross-references': fill('](#1') },
    ordinary,
  )
  await compare('renderDocs', (input) => main.renderDocs({ docs: input }, { title: false, depth: 3 }), markdownShapes, ordinary)
  const words = ordinary.match(/\w+/g)!.join(' ').slice(0, size)
  await compare(
    'search',
    (input) => main.search(input),
    { 'one word repeated': fill('a '), 'distinct words': Array.from({ length: size / 8 }, (_, index) => `w${index}`).join(' '), digits: fill('1 ') },
    words,
  )
  // The CLI reads an argument as pasted text; near-code hints are its costly part.
  const lookup = (input: string) => run([input], quiet)
  const time = await medians({ ordinary: () => lookup(words), digits: () => lookup(fill('1')), numbers: () => lookup(fill('12345 ')) }, rounds)
  results.push({
    name: 'CLI lookup of a 100 KB argument / of 100 KB of catalog words',
    ratio: Math.max(time.digits!, time.numbers!) / time.ordinary!,
    budget,
    detail: `100 KB of digits ${ms(time.digits!)}, of 5-digit numbers ${ms(time.numbers!)} / ${ms(time.ordinary!)}`,
  })
  return results
}
