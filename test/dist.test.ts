/**
 * The built package, as users get it: imported by name in fresh Node
 * processes, as ESM and as CommonJS. Needs `npm run build` first.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { generate, readInput } from '../scripts/codegen/generate.ts'

const run = (flag: '--input-type=module' | '--input-type=commonjs', code: string) =>
  JSON.parse(execFileSync(process.execPath, [flag, '-e', code], { encoding: 'utf8' }))

const probe = (load: (specifier: string) => string) => `
const main = ${load('signalwire-errors')}
const lite = ${load('signalwire-errors/lite')}
const entry = main.getError(11200)
lite.loadDocs('11200').then((loaded) => console.log(JSON.stringify({
  main: Object.keys(main).sort(),
  lite: Object.keys(lite).sort(),
  name: entry.name,
  causes: entry.causes.length,
  frozen: Object.isFrozen(entry) && Object.isFrozen(entry.causes),
  liteLevel: lite.getError(' 13233 ').level,
  loaded: loaded.docs === entry.docs,
  code: main.ErrorCode.UNREACHABLE_DESTINATION_HANDSET,
})))`

/** What both entry points export; the main one adds `ErrorCode`, the lite one `loadDocs`. */
const shared = [
  'byCategory',
  'categories',
  'causesHeading',
  'errorCodeSchema',
  'fromError',
  'getError',
  'getErrorOrThrow',
  'isErrorCode',
  'isErrorLevel',
  'isWarning',
  'matchesFilters',
  'nearCodes',
  'numbersInText',
  'parseErrorCode',
  'renderDocs',
  'resolveLinks',
  'search',
  'searchEntries',
  'solutionsHeading',
  'source',
  'toPlainText',
]

const expected = {
  main: ['ErrorCode', ...shared].sort(),
  lite: [...shared, 'loadDocs'].sort(),
  name: 'HTTP_RETRIEVAL_FAILURE',
  causes: 5,
  frozen: true,
  liteLevel: 'warning',
  loaded: true,
  code: 30003,
}

describe('the built package', () => {
  it('has been built', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/lite.js', 'dist/lite.cjs', 'dist/index.d.ts', 'dist/index.d.cts'])
      expect(existsSync(file), `${file}: run npm run build`).toBe(true)
  })

  it('works as ESM, with exactly the public surface', () => {
    expect(
      run(
        '--input-type=module',
        probe((specifier) => `await import('${specifier}')`),
      ),
    ).toEqual(expected)
  })

  it('works as CommonJS, with exactly the public surface', () => {
    expect(
      run(
        '--input-type=commonjs',
        probe((specifier) => `require('${specifier}')`),
      ),
    ).toEqual(expected)
  })

  it('serves the catalog JSON and its JSON Schema', () => {
    const code =
      "const c = require('signalwire-errors/catalog.json'); const s = require('signalwire-errors/catalog.schema.json'); console.log(JSON.stringify([c.errors.length, s.title]))"
    expect(run('--input-type=commonjs', code)).toEqual([1049, 'SignalWire error catalog'])
  })

  it('ships no default export', () => {
    expect(run('--input-type=module', "const m = await import('signalwire-errors'); console.log(JSON.stringify('default' in m))")).toBe(false)
  })
})

describe('the package as npm publishes it', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'))

  it('ships the built code, the catalog JSON, README, the API reference, LICENSE, CHANGELOG, SECURITY, CONTRIBUTING and MAINTAINING, and npm warns about nothing but the login', () => {
    const { stdout, stderr, status } = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts', '--json'], { encoding: 'utf8' })
    expect(status).toBe(0)
    const warnings = stderr.split('\n').filter((line) => line.startsWith('npm warn') && !line.includes('requires you to be logged in'))
    expect(warnings).toEqual([])
    const files: string[] = JSON.parse(stdout)[manifest.name].files.map((file: { path: string }) => file.path)
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'CHANGELOG.md',
        'SECURITY.md',
        'CONTRIBUTING.md',
        'MAINTAINING.md',
        'docs/api.md',
        'data/catalog.json',
        'data/catalog.schema.json',
        'dist/cli.cjs',
        'dist/index.js',
        'dist/index.cjs',
        'dist/lite.js',
        'dist/lite.cjs',
      ]),
    )
    expect(
      files.filter(
        (file) =>
          !/^(dist\/|data\/catalog\.|docs\/api\.md$|LICENSE$|(README|CHANGELOG|SECURITY|CONTRIBUTING|MAINTAINING)\.md$|package\.json$)/.test(file),
      ),
    ).toEqual([])
  })

  it('has a README of at most 12 KB whose every link works on the npm site: an anchor of its own, or an https address; those into the package name files it ships', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(12 * 1024)
    const { stdout } = spawnSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { encoding: 'utf8' })
    const shipped = new Set<string>(JSON.parse(stdout)[0].files.map((file: { path: string }) => file.path))
    const anchors = new Set(
      [...readme.matchAll(/^#{2,3} (.+)$/gm)].map((match) =>
        (match[1] as string)
          .toLowerCase()
          .replace(/[^\w\s-]/g, '')
          .replace(/\s/g, '-'),
      ),
    )
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string)
    expect(links.length).toBeGreaterThan(5)
    for (const link of links) {
      if (link.startsWith('#')) expect(anchors, link).toContain(link.slice(1))
      else expect(link).toMatch(/^https:\/\//)
      const file = /^https:\/\/unpkg\.com\/signalwire-errors@1\/([^#]+)/.exec(link)?.[1]
      if (link.startsWith('https://unpkg.com/')) expect(file && shipped.has(file), link).toBe(true)
    }
  })

  it('builds what it ships before a pack or publish, and its changelog covers its version', () => {
    expect(manifest.scripts.prepack).toBe('npm run build:package')
    expect(manifest.scripts['build:package']).toBe('npm run catalog && npm run codegen && tsup')
    expect(readFileSync('CHANGELOG.md', 'utf8')).toContain(`## [${manifest.version}] - `)
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/)
    expect(manifest.license).toBe('MIT')
  })
})

describe('the types as editors read them', () => {
  it('show each ErrorCode member with its code, level, category and messages on hover', () => {
    const file = join(process.cwd(), 'test', 'hover-probe.ts')
    const text = "import { ErrorCode } from 'signalwire-errors'\nErrorCode.UNREACHABLE_DESTINATION_HANDSET\n"
    const host: ts.LanguageServiceHost = {
      getScriptFileNames: () => [file],
      getScriptVersion: () => '1',
      getScriptSnapshot: (path) => ts.ScriptSnapshot.fromString(path === file ? text : (ts.sys.readFile(path) ?? '')),
      getCurrentDirectory: () => process.cwd(),
      getCompilationSettings: () => ({
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        strict: true,
      }),
      getDefaultLibFileName: ts.getDefaultLibFilePath,
      fileExists: (path) => path === file || ts.sys.fileExists(path),
      readFile: (path) => (path === file ? text : ts.sys.readFile(path)),
    }
    const info = ts.createLanguageService(host).getQuickInfoAtPosition(file, text.indexOf('UNREACHABLE') + 1)!
    // Resolved through the package's exports, as in a user's project: the built declarations.
    expect(ts.displayPartsToString(info.displayParts)).toBe('(property) ErrorCodes.UNREACHABLE_DESTINATION_HANDSET: 30003')
    expect(ts.displayPartsToString(info.documentation)).toBe(
      '30003 · Error · `message-delivery`\n\nUnreachable destination handset\n\nThe destination handset you are trying to reach is switched off or otherwise unavailable.',
    )
  })
})

describe('src/generated', () => {
  it('starts every file with the generated-by notice', () => {
    for (const file of generate(readInput())) expect(file.text).toMatch(/^\/\/ generated by `npm run codegen` .* — do not edit\n/)
  })
})
