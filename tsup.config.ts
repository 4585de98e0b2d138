import { readdirSync, rmSync } from 'node:fs'
import { basename } from 'node:path'
import { defineConfig, type Options } from 'tsup'

// The builds below run side by side, so none may clean dist/ itself.
rmSync('dist', { recursive: true, force: true })

const docsParts = readdirSync('src/generated/docs').filter((name) => /^part-\d+\.ts$/.test(name))
const extension: Options['outExtension'] = ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' })

/**
 * The docs chunks stay files of their own (dist/docs/part-N.js and .cjs): the
 * main entry point imports them all, `loadDocs` one at a time. Everything
 * else is bundled into each entry point, so an import reads one file.
 */
const docsPartsExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'docs-parts-external',
  setup(build) {
    const js = build.initialOptions.format === 'cjs' ? '.cjs' : '.js'
    build.onResolve({ filter: /\/part-\d+\.ts$/ }, (args) => ({ path: `./docs/${basename(args.path, '.ts')}${js}`, external: true }))
  },
}

export default defineConfig([
  {
    // The library: dual ESM/CJS with types.
    entry: { index: 'src/index.ts', lite: 'src/lite.ts' },
    format: ['esm', 'cjs'],
    outDir: 'dist',
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    esbuildPlugins: [docsPartsExternal],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    outExtension: extension,
  },
  {
    entry: Object.fromEntries(docsParts.map((name) => [`docs/${basename(name, '.ts')}`, `src/generated/docs/${name}`])),
    format: ['esm', 'cjs'],
    outDir: 'dist',
    target: 'es2022',
    // 'node' makes esbuild annotate the CommonJS exports, so that import() of a .cjs part sees `rows`.
    platform: 'node',
    outExtension: extension,
  },
  {
    // The command line, on the library as published: it imports the package by name.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    outDir: 'dist',
    target: 'node20',
    platform: 'node',
    external: ['signalwire-errors', 'signalwire-errors/lite'],
  },
])
