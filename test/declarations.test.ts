/**
 * What the published declarations promise, held against what the JavaScript
 * beside them exports. Bundled declarations can lose `export type` and claim a
 * type as a value: such an import type-checks and then fails at run time.
 * Needs `npm run build`.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

interface Target {
  types: string
  default: string
}
type Conditions = Record<'import' | 'require', Target>

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, Conditions | string> }
const entryPoints = Object.entries(manifest.exports).filter((pair): pair is [string, Conditions] => typeof pair[1] === 'object')

/** Whether an export can be used as a value: no `type` modifier on the way, and a value at the end. */
function isValue(checker: ts.TypeChecker, symbol: ts.Symbol): boolean {
  let current = symbol
  for (;;) {
    const typeOnly = current.declarations?.some(
      (declaration) =>
        (ts.isExportSpecifier(declaration) || ts.isImportSpecifier(declaration)) && (declaration.isTypeOnly || declaration.parent.parent.isTypeOnly),
    )
    if (typeOnly) return false
    if (!(current.flags & ts.SymbolFlags.Alias)) return (current.flags & ts.SymbolFlags.Value) !== 0
    const next = checker.getImmediateAliasedSymbol(current)
    if (!next || next === current) return (checker.getAliasedSymbol(current).flags & ts.SymbolFlags.Value) !== 0
    current = next
  }
}

/** The exports a declaration file declares, split into values and types. */
function declared(file: string): { values: string[]; types: string[] } {
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
  })
  const checker = program.getTypeChecker()
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!
  const values: string[] = []
  const types: string[] = []
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) (isValue(checker, symbol) ? values : types).push(symbol.name)
  return { values: values.sort(), types: types.sort() }
}

/** The names the JavaScript exports at run time, loaded as Node loads it for that condition. */
function exported(condition: 'import' | 'require', file: string): string[] {
  const path = JSON.stringify(resolve(file))
  const code =
    condition === 'import'
      ? `const m = await import(${path}); console.log(JSON.stringify(Object.keys(m)))`
      : `console.log(JSON.stringify(Object.keys(require(${path}))))`
  const keys = JSON.parse(
    execFileSync(process.execPath, [`--input-type=${condition === 'import' ? 'module' : 'commonjs'}`, '-e', code], { encoding: 'utf8' }),
  ) as string[]
  return keys.filter((key) => key !== '__esModule').sort()
}

describe('the declarations of every entry point', () => {
  it('cover both entry points, each as import and require', () => {
    expect(entryPoints.map(([path]) => path)).toEqual(['.', './lite'])
  })

  for (const [path, conditions] of entryPoints) {
    for (const condition of ['import', 'require'] as const) {
      const target = conditions[condition]
      it(`${path} (${target.types}): every value it declares is exported by ${target.default}, and nothing more`, () => {
        const { values, types } = declared(target.types)
        expect(values).toEqual(exported(condition, target.default))
        // The type-only names are still declared: the split above did not lose them.
        expect(types).toEqual(expect.arrayContaining(['Category', 'ErrorEntry', 'LiteEntry', 'Level', 'SearchHit']))
      })
    }
  }

  it('declare ErrorCode as a type only on /lite, a value and a type on the main entry point', () => {
    const lite = declared(entryPoints.find(([path]) => path === './lite')![1].import.types)
    const main = declared(entryPoints.find(([path]) => path === '.')![1].import.types)
    expect(lite.types).toContain('ErrorCode')
    expect(lite.values).not.toContain('ErrorCode')
    expect(main.values).toContain('ErrorCode')
  })
})

describe('the public API', () => {
  it('is what the API reference documents: every export of both entry points is named in its API or Types section', () => {
    const reference = readFileSync('docs/api.md', 'utf8')
    const documented = reference.slice(reference.indexOf('\n## API\n'), reference.indexOf('\n## Size tiers\n'))
    const names = new Set(entryPoints.flatMap(([, conditions]) => Object.values(declared(conditions.import.types)).flat()))
    expect(names.size).toBeGreaterThan(30)
    expect([...names].filter((name) => !new RegExp(`\`${name}[\`(<]`).test(documented)).sort()).toEqual([])
  })
})
