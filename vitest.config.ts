import { readFileSync } from 'node:fs'
import { defineConfig } from 'vitest/config'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

/** Tests of the built package (`dist/`): they need `npm run build`. */
const distTests = [
  'test/dist.test.ts',
  'test/declarations.test.ts',
  'test/examples.test.ts',
  'test/cli.test.ts',
  'test/react.test.ts',
  'test/runtimes.test.ts',
]

export default defineConfig({
  // In-process tests import the package by name from the sources; the dist tests load dist/ in their own processes.
  resolve: {
    alias: {
      'signalwire-errors/lite': new URL('./src/lite.ts', import.meta.url).pathname,
      'signalwire-errors': new URL('./src/index.ts', import.meta.url).pathname,
    },
  },
  // What the build writes into the command line.
  define: { PACKAGE_VERSION: JSON.stringify(version) },
  test: {
    // The catalogs most tests read are built once per run; two cores in CI, and many tests wait on child processes.
    globalSetup: ['test/global-setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 30_000,
    // Hooks build catalogs and spawn processes: on a busy 2-core machine they take far longer than vitest's 10 s default.
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: distTests } },
      { extends: true, test: { name: 'dist', include: distTests } },
      { extends: true, test: { name: 'site', include: ['site/test/**/*.test.ts'] } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'scripts/lib/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95 },
    },
  },
})
