/**
 * The runtime matrix: the packed tarball installed in a scratch project, as a
 * user installs it, then run on Bun and Deno (a script over both entry points
 * and the CLI), in Cloudflare's workerd through miniflare (a Worker bundled
 * by esbuild as wrangler resolves packages, its docs chunks kept as modules of
 * their own and loaded lazily), and in Vercel's edge runtime. The runtimes
 * are pinned dev dependencies; the README's compatibility section names them.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { EdgeRuntime } from 'edge-runtime'
import * as esbuild from 'esbuild'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const fixtures = resolve('test/runtimes')
const bin = (name: string) => resolve('node_modules/.bin', name)
const versionOf = (name: string): string => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version
/** The runtimes of the matrix and the versions the README states. */
const runtimes = {
  bun: versionOf('bun'),
  deno: versionOf('deno'),
  miniflare: versionOf('miniflare'),
  'edge-runtime': versionOf('edge-runtime'),
}

const statusCallback = { MessageSid: 'SM7f3e2a', MessageStatus: 'undelivered', ErrorCode: '30003' }
const answer = {
  sid: 'SM7f3e2a',
  code: 30003,
  name: 'UNREACHABLE_DESTINATION_HANDSET',
  level: 'error',
  firstCause: 'The destination handset you are trying to reach is switched off or otherwise unavailable.',
}
const checked = {
  constant: 11200,
  cause: 'Web server returned a 4xx or 5xx HTTP response to SignalWire',
  fromError: 'UNREACHABLE_DESTINATION_HANDSET',
  liteFromError: 'Unreachable destination handset',
  docs: [4, true],
  catalog: 1049,
  commonJs: 'UNREACHABLE_DESTINATION_HANDSET',
  schema: { value: 30003 },
}

let scratch: string
let app: string
/** No update checks or caches outside the scratch folder; the network here is closed anyway. */
let env: NodeJS.ProcessEnv

/** What the Workers and edge bundlers share: a neutral platform, packages resolved by their exports. */
const edgeBundling = (): esbuild.BuildOptions => ({
  absWorkingDir: app,
  bundle: true,
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  logLevel: 'warning',
})

function runIn(command: string, args: string[], input?: string): string {
  const result = spawnSync(command, args, { cwd: app, env, input, encoding: 'utf8', timeout: 60_000 })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  return result.stdout
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'runtimes-'))
  app = join(scratch, 'app')
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', scratch], { stdio: 'pipe' })
  const tarball = readdirSync(scratch).find((file) => file.endsWith('.tgz')) as string
  execFileSync('mkdir', [app])
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }))
  execFileSync('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', join(scratch, tarball)], { cwd: app, stdio: 'pipe' })
  for (const file of readdirSync(fixtures)) copyFileSync(join(fixtures, file), join(app, file))
  env = { ...process.env, DENO_DIR: join(scratch, '.deno'), DENO_NO_UPDATE_CHECK: '1', BUN_INSTALL_CACHE_DIR: join(scratch, '.bun') }
})

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('the packed package on Bun, Deno, workerd and the edge runtime', () => {
  it(`runs both entry points, ESM and CommonJS, the docs chunks and the JSON export on Bun ${runtimes.bun}`, () => {
    expect(JSON.parse(runIn(bin('bun'), ['check.mjs']))).toEqual(checked)
  })

  it(`runs the CLI on Bun (bunx --bun), with an argument and from stdin`, () => {
    expect(runIn(bin('bunx'), ['--bun', 'signalwire-errors', '30003'])).toMatch(/^30003 {2}Unreachable destination handset\n/)
    expect(runIn(bin('bun'), ['--bun', 'x', 'signalwire-errors', '-'], 'ErrorCode=11200\n')).toMatch(/^11200 {2}HTTP retrieval failure\n/)
  })

  it(`runs both entry points, ESM and CommonJS, the docs chunks and the JSON export on Deno ${runtimes.deno}`, () => {
    expect(JSON.parse(runIn(bin('deno'), ['run', '-A', 'check.mjs']))).toEqual(checked)
  })

  it('runs the CLI on Deno (deno run npm:signalwire-errors, resolved from the project)', () => {
    expect(runIn(bin('deno'), ['run', '-A', 'npm:signalwire-errors', '30003'])).toMatch(/^30003 {2}Unreachable destination handset\n/)
  })

  it(`answers a status callback in workerd (miniflare ${runtimes.miniflare}), its docs from a chunk module of their own`, async () => {
    const outdir = join(app, 'worker-out')
    await esbuild.build({
      ...edgeBundling(),
      entryPoints: [join(app, 'worker.js')],
      // As wrangler resolves packages for workerd; splitting keeps each docs chunk a module, loaded by import() when asked for.
      format: 'esm',
      conditions: ['workerd', 'worker', 'browser'],
      splitting: true,
      outdir,
    })
    const chunks = readdirSync(outdir).filter((file) => file.startsWith('chunk-'))
    expect(chunks.length).toBeGreaterThanOrEqual(6)
    expect(readFileSync(join(outdir, 'worker.js'), 'utf8')).toMatch(/import\("\.\/chunk-/)
    const worker = new Miniflare({
      modules: true,
      scriptPath: join(outdir, 'worker.js'),
      modulesRoot: outdir,
      modulesRules: [{ type: 'ESModule', include: ['**/*.js'] }],
      compatibilityDate: '2026-04-01',
    })
    try {
      const response = await worker.dispatchFetch('http://localhost/status', { method: 'POST', body: new URLSearchParams(statusCallback) })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual(answer)
    } finally {
      await worker.dispose()
    }
  })

  it(`answers the same status callback in Vercel's edge runtime (edge-runtime ${runtimes['edge-runtime']})`, async () => {
    const bundle = await esbuild.build({
      ...edgeBundling(),
      entryPoints: [join(app, 'edge.js')],
      format: 'iife',
      conditions: ['edge-light', 'worker', 'browser'],
      write: false,
    })
    const runtime = new EdgeRuntime({ initialCode: bundle.outputFiles[0]?.text })
    const response = await runtime.dispatchFetch('http://localhost/status', { method: 'POST', body: new URLSearchParams(statusCallback) })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(answer)
    await response.waitUntil()
  })

  it('is listed, with these versions, in the README’s compatibility section', () => {
    const readme = readFileSync('README.md', 'utf8')
    const section = readme.slice(readme.indexOf('## Compatibility'), readme.indexOf('\n## ', readme.indexOf('## Compatibility') + 1))
    for (const [name, version] of Object.entries(runtimes)) expect(section, name).toContain(`${name} ${version}`)
  })
})
