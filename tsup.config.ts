import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { basename } from 'node:path'
import { defineConfig, type Options } from 'tsup'

// The builds below run side by side, so none may clean dist/ itself.
rmSync('dist', { recursive: true, force: true })

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
const docsChunks = readdirSync('src/generated/docs').filter((name) => /^chunk-\d+\.ts$/.test(name))
const extension: Options['outExtension'] = ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' })

/**
 * The docs chunks stay files of their own (dist/docs/chunk-N.js and .cjs): the
 * main entry point imports them all, `loadDocs` one at a time. Everything
 * else is bundled into each entry point, so an import reads one file.
 */
const docsChunksExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'docs-chunks-external',
  setup(build) {
    const js = build.initialOptions.format === 'cjs' ? '.cjs' : '.js'
    build.onResolve({ filter: /\/chunk-\d+\.ts$/ }, (args) => ({ path: `./docs/${basename(args.path, '.ts')}${js}`, external: true }))
  },
}

/** `signalwire-errors` and `signalwire-errors/lite`, as the CommonJS files of the same directory. */
const entryPointsBeside: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'entry-points-beside',
  setup(build) {
    build.onResolve({ filter: /^signalwire-errors(\/lite)?$/ }, (args) => ({
      path: args.path.endsWith('/lite') ? './lite.cjs' : './index.cjs',
      external: true,
    }))
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
    esbuildPlugins: [docsChunksExternal],
    // CommonJS loads a docs chunk with require(), not import(): a dynamic import would start Node's ESM loader (about 6 ms).
    esbuildOptions: (options, { format }) => {
      if (format === 'cjs') options.supported = { 'dynamic-import': false }
    },
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    outExtension: extension,
  },
  {
    entry: Object.fromEntries(docsChunks.map((name) => [`docs/${basename(name, '.ts')}`, `src/generated/docs/${name}`])),
    format: ['esm', 'cjs'],
    outDir: 'dist',
    target: 'es2022',
    // 'node' makes esbuild annotate the CommonJS exports, so that import() of a .cjs part sees `rows`.
    platform: 'node',
    outExtension: extension,
  },
  {
    // The command line, on the library as published: its imports of the package's entry points
    // become requires of the built files beside it. CommonJS starts faster than ESM in Node 20 (no
    // ESM loader to set up), and a relative path skips the exports-map resolver: a one-shot lookup
    // feels both (about 1 ms each).
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    outDir: 'dist',
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [entryPointsBeside],
    esbuildOptions: (options) => {
      options.supported = { 'dynamic-import': false }
    },
    // The version, not the whole package.json.
    define: { PACKAGE_VERSION: JSON.stringify(version) },
    outExtension: extension,
  },
])
