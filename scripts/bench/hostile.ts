import { readFileSync } from 'node:fs'
import { medians, ms, type Result } from './measure.ts'

/**
 * The size of the adversarial inputs (what a server might accept from one
 * request), and four times it, to see how time grows. Smaller inputs fit in
 * the CPU's caches and make any helper look superlinear.
 */
const small = 100_000
const large = 4 * small

/** An input's shape: a unit repeated up to the length, or the input of a length itself. */
type Shape = string | ((length: number) => string)

/** The input of a shape, `length` characters long. */
const fill = (shape: Shape, length: number) =>
  typeof shape === 'function' ? shape(length) : shape.repeat(Math.ceil(length / shape.length)).slice(0, length)

/** Shapes that made a regex or a loop go quadratic, or that might, as the unit each input repeats. */
const markdownShapes: Record<string, string> = {
  'open brackets': '[',
  'image openers': '![',
  'bracket, paren runs': '[](((',
  'unclosed links': '[a](b',
  'nested destinations': '[](x(',
  'deep destinations': `[](${'('.repeat(31)}`,
  'backtick runs': '`a``',
  'backticks in labels': '[`a](',
  'autolink openers': '<http:',
  'reference openers': '&#',
  'escaped brackets': '\\[',
  'intraword underscores': 'a__b',
  'heading marks': '#',
  'list markers': '- ',
  'quote markers': '> ',
  'delimiter cells': '|-',
  'fence lines': '```\n',
}

/**
 * The text helpers and the CLI on adversarial inputs of 400 KB, each against
 * the same input cut to 100 KB: a linear helper takes about four times as
 * long on four times the input (the budget allows 6×, for the machine's drift
 * and the garbage collector), a quadratic one sixteen times. The detail gives
 * the worst shape and the slowest time on 100 KB. Measures the built package,
 * as users get it.
 */
export async function benchHostile(rounds: number): Promise<Result[]> {
  const main = await import('signalwire-errors')
  // The build writes the version into the CLI; here it is the package's.
  Object.assign(globalThis, { PACKAGE_VERSION: JSON.parse(readFileSync('package.json', 'utf8')).version })
  const { run } = await import('../../src/cli/run.ts')
  const catalogText = Object.values(main.ErrorCode)
    .map((code) => main.getError(code).docs ?? '')
    .join('\n\n')
  const quiet = { out: () => {}, err: () => {}, terminal: false, columns: () => undefined, env: {} }
  const results: Result[] = []
  const scaling = async (name: string, helper: (input: string) => unknown, shapes: Record<string, Shape>) => {
    const subjects: Record<string, () => unknown> = {}
    for (const [shape, unit] of Object.entries({ 'catalog text': catalogText, ...shapes })) {
      const [tenth, whole] = [fill(unit, small), fill(unit, large)]
      subjects[`${shape}@small`] = () => helper(tenth)
      subjects[`${shape}@large`] = () => helper(whole)
    }
    const time = await medians(subjects, rounds)
    const ratios = Object.keys({ 'catalog text': '', ...shapes }).map((shape) => ({
      shape,
      ratio: time[`${shape}@large`]! / Math.max(0.01, time[`${shape}@small`]!),
      small: time[`${shape}@small`]!,
    }))
    const worst = ratios.sort((a, b) => b.ratio - a.ratio)[0]!
    const slowest = [...ratios].sort((a, b) => b.small - a.small)[0]!
    results.push({
      name: `${name}: time on 400 KB / on 100 KB of the same input, worst of ${ratios.length} shapes`,
      ratio: worst.ratio,
      budget: 6,
      detail: `worst: ${worst.shape}; slowest on 100 KB: ${slowest.shape}, ${ms(slowest.small)}`,
    })
  }
  await scaling('toPlainText', main.toPlainText, markdownShapes)
  await scaling('resolveLinks', (input) => main.resolveLinks(input, (code) => `/errors/${code}`), { ...markdownShapes, 'cross-references': '](#1' })
  await scaling('renderDocs', (input) => main.renderDocs({ docs: input }, { title: false, depth: 3 }), markdownShapes)
  const distinct = Array.from({ length: large / 5 }, (_, index) => `w${index}`).join(' ')
  await scaling('search', (input) => main.search(input), {
    'one word repeated': 'a ',
    'distinct words': distinct,
    digits: '1 ',
    'pasted codes': 'ErrorCode=30003 ',
  })
  // The CLI reads an argument as pasted text: numbers, hints and what it echoes.
  await scaling('CLI lookup of one argument', (input) => run([input], quiet), {
    digits: '1',
    'white space before a word': (length) => `${' '.repeat(length - 1)}x`,
    'a number, then white space and a word': (length) => `1${' '.repeat(length - 2)}x`,
    'unknown numbers': '12345 ',
    'marked unknown numbers': 'ErrorCode=12345 ',
    'distinct marked numbers': Array.from({ length: large / 15 }, (_, index) => `ErrorCode=${72000 + (index % 2000)}`).join(' '),
  })
  return results
}
