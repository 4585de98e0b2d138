/**
 * `npm run site`: build the error explorer into `dist-site/`, a folder any
 * static host serves: a page per code, per category, an index of all codes,
 * a 404 page, `sitemap.xml` and `robots.txt`. Pages are prerendered from the
 * public API of the built package (the site is a user of `signalwire-errors`,
 * as a dashboard would be); the two scripts (search on the index, hints on
 * the 404 page) are bundled by esbuild, as a user's bundler would.
 * `SITE_URL` sets the address the site is hosted at (see site/pages/site-url.ts).
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import * as esbuild from 'esbuild'
import { byCategory, categories, type ErrorEntry, getError } from 'signalwire-errors'
import { codePage } from './pages/code-page.ts'
import { layout, type PageContent } from './pages/layout.ts'
import { categoryPage, indexPage, notFoundPage, robots, sitemap } from './pages/listing-pages.ts'
import { type SiteUrl, siteUrl } from './pages/site-url.ts'

export const siteDirectory = 'dist-site'
const app = 'site/app'

/**
 * Bundle browser scripts into `outdir` as a user's bundler would: the package
 * resolved by name, its docs chunks split off (`chunks/`) and loaded on
 * demand. Also used for the README's React example (test/react.test.ts).
 */
export async function bundleBrowserApp(entryPoints: Record<string, string>, outdir: string, options: esbuild.BuildOptions = {}): Promise<void> {
  await esbuild.build({
    entryPoints,
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

/** Every page of the site, each with the path it is written to. */
export function sitePages(site: SiteUrl): PageContent[] {
  const byCode = new Map<number, ErrorEntry>()
  const listed = categories.map((category) => {
    const entries = byCategory(category.slug)
    for (const entry of entries) byCode.set(entry.code, entry)
    return { category, entries }
  })
  const all = [...byCode.values()].sort((a, b) => a.code - b.code)
  return [
    indexPage(site, all),
    ...listed.map(({ category, entries }) => categoryPage(site, category, entries)),
    ...listed.flatMap(({ entries }) => entries.map((entry) => codePage(site, { entry, category: entries, lookup: (code) => getError(code) }))),
    notFoundPage(site),
  ]
}

const fileOf = (path: string): string => (path === '' || path.endsWith('/') ? `${path}index.html` : path)

export async function buildSite(outdir = siteDirectory, site = siteUrl()): Promise<void> {
  rmSync(outdir, { recursive: true, force: true })
  mkdirSync(outdir, { recursive: true })
  await bundleBrowserApp({ search: join(app, 'search.ts'), 'not-found': join(app, 'not-found.ts') }, outdir, { minify: true })
  for (const file of ['style.css', 'favicon.svg']) copyFileSync(join(app, file), join(outdir, file))
  const pages = sitePages(site)
  for (const page of pages) {
    const file = join(outdir, fileOf(page.path))
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, layout(site, page))
  }
  writeFileSync(
    join(outdir, 'sitemap.xml'),
    sitemap(
      site,
      pages.filter((page) => !page.notFound).map((page) => page.path),
    ),
  )
  writeFileSync(join(outdir, 'robots.txt'), robots(site))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now()
  const site = siteUrl()
  await buildSite(siteDirectory, site)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`${siteDirectory}: built in ${seconds} s for ${site.root}; serve it with \`npm run site:serve\``)
}
