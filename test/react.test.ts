/**
 * The API reference's React example as users would see it: the component
 * exactly as docs/api.md shows it, built with esbuild against the built package (React
 * 19, react-markdown 10) and opened in headless Chromium. Slow, out-of-order
 * and failing docs chunks are made with request routing. Needs `npm run build`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleBrowserApp } from '../site/build.ts'
import { type Browsing, executablePath, startBrowsing, type Watch, watchPage } from './browser.ts'
import { readmeExamples } from './examples.ts'

const directory = 'test-results/react'
const outdir = join(directory, 'dist')
const [component] = readmeExamples('docs/api.md').filter((example) => example.lang === 'tsx')

/** A page that mounts the README's component, and lets the test change its `code` prop. */
const app = `import { createRoot } from 'react-dom/client'
import { ErrorHelp } from './ErrorHelp.tsx'

const root = createRoot(document.getElementById('root')!)
const show = (code: string) => root.render(<ErrorHelp code={code} />)
Object.assign(window, { show })
show(new URLSearchParams(location.search).get('code') ?? '11200')
`

let browsing: Browsing

async function open(code: string, route?: (route: Route) => Promise<void>): Promise<{ page: Page; watch: Watch; chunks: string[] }> {
  const page = await (await browsing.browser.newContext()).newPage()
  const watch = watchPage(page)
  const chunks: string[] = []
  await page.route(/\/chunks\/chunk-\d+-/, async (request) => {
    chunks.push(
      request
        .request()
        .url()
        .replace(/.*\/chunks\//, ''),
    )
    await (route ? route(request) : request.continue())
  })
  await page.goto(`${browsing.origin}/?code=${code}`)
  return { page, watch, chunks }
}

const heading = (page: Page) => page.locator('article h2')
const causes = (page: Page) => page.locator('article h3:text-is("Possible causes") + ul > li')
const show = (page: Page, code: string) => page.evaluate((value) => (globalThis as unknown as { show: (code: string) => void }).show(value), code)

describe.skipIf(!executablePath)("the API reference's React example in headless Chromium", () => {
  beforeAll(async () => {
    if (!component) throw new Error('docs/api.md has no tsx example')
    rmSync(directory, { recursive: true, force: true })
    mkdirSync(outdir, { recursive: true })
    writeFileSync(join(directory, 'ErrorHelp.tsx'), component.code)
    writeFileSync(join(directory, 'main.tsx'), app)
    writeFileSync(
      join(outdir, 'index.html'),
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>ErrorHelp</title><div id="root"></div><script type="module" src="main.js"></script></html>',
    )
    await bundleBrowserApp({ main: join(directory, 'main.tsx') }, outdir, {
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    })
    browsing = await startBrowsing(outdir)
  })

  afterAll(() => browsing?.stop())

  it('shows the code and message once, then the docs under it without their title headings', async () => {
    const { page, watch } = await open('11200')
    await expect.poll(() => causes(page).count()).toBe(5)
    expect(await heading(page).allTextContents()).toEqual(['11200: HTTP retrieval failure'])
    expect(await page.locator('article h3').allTextContents()).toEqual(['502 Bad Gateway errors', 'Possible causes', 'Possible solutions'])
    expect(await page.locator('article').textContent()).not.toContain('Error 11200')
    // The cross-reference to 12300 points at the app's route.
    expect(await page.locator('article a[href="/errors/12300"]').count()).toBe(1)
    expect(watch.problems).toEqual([])
  })

  it('on a code change, never shows the old docs under the new heading, even when the old answer comes last', async () => {
    let first = true
    // The first docs chunk (11200's) answers only after the next code's chunk.
    const { page, watch, chunks } = await open('11200', async (route) => {
      if (!first) return route.continue()
      first = false
      await new Promise((done) => setTimeout(done, 1500))
      await route.continue().catch(() => undefined)
    })
    await expect.poll(() => page.locator('article p').first().textContent()).toBe('Loading docs…')
    await show(page, '30003')
    expect(await heading(page).allTextContents()).toEqual(['30003: Unreachable destination handset'])
    await expect.poll(() => causes(page).count()).toBeGreaterThan(0)
    const shown = await page.locator('article').textContent()
    // 11200's chunk has come in by now, and was dropped.
    await page.waitForTimeout(2000)
    expect(chunks).toHaveLength(2)
    expect(chunks[0]).not.toBe(chunks[1])
    expect(await page.locator('article').textContent()).toBe(shown)
    expect(shown).not.toContain('Web server returned a 4xx or 5xx HTTP response')
    expect(watch.problems).toEqual([])
  })

  it('shows an error when the docs cannot be loaded, and the unknown-code state', async () => {
    const { page } = await open('30003', (route) => route.abort())
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('The docs of 30003 could not be loaded.')
    expect(await heading(page).allTextContents()).toEqual(['30003: Unreachable destination handset'])
    await show(page, '99999')
    await expect.poll(() => page.locator('#root').textContent()).toBe('Unknown code 99999')
  })
})
