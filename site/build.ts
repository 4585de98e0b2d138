/**
 * `npm run site`: build the error explorer into `dist-site/`, a folder any
 * static host serves. esbuild bundles the app with the built package (as an
 * npm user would get it), splitting the docs chunks so they load on demand.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import * as esbuild from 'esbuild'

export const siteDirectory = 'dist-site'
const app = 'site/app'

/**
 * Bundle a browser app into `outdir/main.js` as a user's bundler would: the
 * package resolved by name, its docs chunks split off (`chunks/`) and loaded
 * on demand. Also used for the README's React example (test/react.test.ts).
 */
export async function bundleBrowserApp(entry: string, outdir: string, options: esbuild.BuildOptions = {}): Promise<void> {
  await esbuild.build({
    entryPoints: { main: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    ...options,
  })
}

export async function buildSite(outdir = siteDirectory): Promise<void> {
  rmSync(outdir, { recursive: true, force: true })
  mkdirSync(outdir, { recursive: true })
  await bundleBrowserApp(join(app, 'main.ts'), outdir, { minify: true })
  for (const file of ['index.html', 'style.css', 'favicon.svg']) copyFileSync(join(app, file), join(outdir, file))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildSite()
  console.log(`${siteDirectory}: built; serve it with \`npm run site:serve\``)
}
