/**
 * The error explorer end to end, in headless Chromium (Debian's `chromium`,
 * driven by playwright-core; no browser download). Needs `npm run build`.
 * Without a Chromium the tests are skipped, and say so loudly.
 */
import { existsSync, mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browsing, executablePath, startBrowsing, type Watch, watchPage } from '../../test/browser.ts'
import { siteDirectory } from '../build.ts'

const screenshots = 'test-results/screenshots'
let browsing: Browsing

async function open(
  path: string,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ page: Page; watch: Watch }> {
  const context = await browsing.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
  })
  const page = await context.newPage()
  const watch = watchPage(page)
  await page.goto(browsing.origin + path)
  await page.waitForFunction(() => document.getElementById('count')?.textContent !== '')
  return { page, watch }
}

const causesOf = (page: Page) => page.locator('article h3:text-is("Possible causes") + ul > li')

describe.skipIf(!executablePath)('the error explorer in headless Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(`${siteDirectory}/index.html`)) throw new Error(`${siteDirectory} is missing: run npm run build`)
    mkdirSync(screenshots, { recursive: true })
    browsing = await startBrowsing(siteDirectory)
  })

  afterAll(() => browsing?.stop())

  it('first load: every code listed, at most 60 KB gzip of JavaScript, a strict CSP, no errors', async () => {
    const { page, watch } = await open('/')
    await expect.poll(() => page.locator('#results li').count()).toBe(1049)
    expect(await page.locator('#count').textContent()).toBe('1049 codes')
    const total = (await Promise.all(watch.sizes)).reduce((sum, size) => sum + size, 0)
    expect(total).toBeGreaterThan(10_000)
    expect(total).toBeLessThanOrEqual(60_000)
    expect(watch.scripts.some((url) => /\/chunks\/chunk-\d+-/.test(url))).toBe(false)
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("default-src 'none'")
    expect(await page.locator('[onclick], [onload], [onerror], [oninput], [onkeydown]').count()).toBe(0)
    expect(watch.problems).toEqual([])
  })

  it('search as you type: "timeout" finds 11201, 11203 and 11205, with a count; filters narrow it', async () => {
    const { page, watch } = await open('/')
    await page.locator('#query').fill('timeout')
    await expect.poll(() => page.locator('#count').textContent()).toMatch(/^\d+ codes match “timeout”$/)
    const codes = await page.locator('#results a').evaluateAll((links) => links.map((link) => Number((link as HTMLElement).dataset.code)))
    expect(codes).toEqual(expect.arrayContaining([11201, 11203, 11205]))
    expect(await page.locator('#count').textContent()).toBe(`${codes.length} codes match “timeout”`)
    await page.locator('#category').selectOption('webhook')
    await expect
      .poll(() => page.locator('#results a').evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.code)))
      .toEqual(['11201', '11203', '11205'])
    expect(watch.problems).toEqual([])
  })

  it('opening a code fetches only its docs chunk and shows its five causes; its link to 12300 opens 12300', async () => {
    const { page, watch } = await open('/')
    const before = watch.scripts.length
    await page.locator('#results a[data-code="11200"]').click()
    await expect.poll(() => causesOf(page).count()).toBe(5)
    expect(page.url()).toMatch(/#11200$/)
    const fetched = watch.scripts.slice(before)
    expect(fetched).toHaveLength(1)
    expect(fetched[0]).toMatch(/chunks\/chunk-\d+-/)
    // The explorer's own heading, once: the page is rendered without its title headings.
    expect(await page.locator('article h2').allTextContents()).toEqual(['11200: HTTP retrieval failure'])
    expect(await page.locator('article').textContent()).not.toContain('Error 11200')
    expect(await causesOf(page).first().textContent()).toBe('Web server returned a 4xx or 5xx HTTP response to SignalWire')
    await page.locator('article a[href="#12300"]').click()
    await expect.poll(() => page.locator('article h2').first().textContent()).toBe('12300: Invalid Content-Type')
    expect(page.url()).toMatch(/#12300$/)
    await page.screenshot({ path: `${screenshots}/11200-desktop.png`, fullPage: true })
    expect(watch.problems).toEqual([])
  })

  it('deep links open a code directly: #11200 and ?code=30003', async () => {
    const hash = await open('/#11200')
    await expect.poll(() => causesOf(hash.page).count()).toBe(5)
    const query = await open('/?code=30003')
    await expect.poll(() => query.page.locator('article h2').first().textContent()).toBe('30003: Unreachable destination handset')
    await expect.poll(() => query.page.locator('article h3').first().textContent()).toBe('Possible causes')
    expect(query.page.url()).toMatch(/\/#30003$/)
    expect([...hash.watch.problems, ...query.watch.problems]).toEqual([])
  })

  it('back and forward move between the search and the codes opened', async () => {
    const { page, watch } = await open('/')
    await page.locator('#query').fill('retrieval')
    await page.locator('#results a[data-code="11200"]').click()
    await expect.poll(() => causesOf(page).count()).toBe(5)
    await page.goBack()
    await expect.poll(() => page.locator('#search-view').isVisible()).toBe(true)
    expect(await page.locator('#query').inputValue()).toBe('retrieval')
    await page.goForward()
    await expect.poll(() => page.locator('article h2').first().textContent()).toBe('11200: HTTP retrieval failure')
    await expect.poll(() => causesOf(page).count()).toBe(5)
    expect(watch.problems).toEqual([])
  })

  it('works with the keyboard alone: search, move through results, open a code, go back', async () => {
    const { page, watch } = await open('/')
    await page.keyboard.press('Tab') // skip link
    await page.keyboard.press('Tab') // home link
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('query')
    await page.keyboard.type('timed out')
    await expect.poll(() => page.locator('#count').textContent()).toMatch(/codes? match/)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    const chosen = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.code)
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none') // focus is visible
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toMatch(new RegExp(`#${chosen}$`))
    await expect.poll(() => page.locator('article h3').count()).toBeGreaterThan(0) // the docs' sections have loaded
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset?.code)).toBe(chosen)
    expect(await page.locator('#query').inputValue()).toBe('timed out')
    expect(watch.problems).toEqual([])
  })

  it('renders literal <country> as text and no raw HTML', async () => {
    const { page, watch } = await open('/#80203')
    await expect.poll(() => page.locator('article').textContent()).toContain('country code <country>')
    expect(await page.locator('article country').count()).toBe(0)
    expect(await page.locator('article').innerHTML()).toContain('&lt;country&gt;')
    expect(watch.problems).toEqual([])
  })

  it('has landmarks and headings, fits 360 px, and follows the colour scheme', async () => {
    const { page, watch } = await open('/#11200', { width: 360, height: 740 })
    await expect.poll(() => causesOf(page).count()).toBe(5)
    for (const landmark of ['header', 'main', 'footer', '[role="search"]']) expect(await page.locator(landmark).count()).toBe(1)
    expect(await page.locator('h1').textContent()).toBe('SignalWire error explorer')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.screenshot({ path: `${screenshots}/11200-360px.png`, fullPage: true })
    const search = await open('/', { width: 360, height: 740, colorScheme: 'dark' })
    await search.page.locator('#query').fill('timeout')
    await expect.poll(() => search.page.locator('#count').textContent()).toMatch(/codes match/)
    expect(await search.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await search.page.screenshot({ path: `${screenshots}/search-360px-dark.png` })
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const dark = await search.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(light).toBe('rgb(255, 255, 255)')
    expect(dark).not.toBe(light)
    const desktop = await open('/')
    await desktop.page.screenshot({ path: `${screenshots}/search-desktop.png` })
    expect([...watch.problems, ...search.watch.problems, ...desktop.watch.problems]).toEqual([])
  })
})
