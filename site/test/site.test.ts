/**
 * The error explorer end to end, in headless Chromium (Debian's `chromium`,
 * driven by playwright-core; no browser download): static pages read without
 * JavaScript, search as progressive enhancement on the index, the 404 page's
 * hints, keyboard use, and axe-core's accessibility rules in both colour
 * schemes. Needs `npm run build`. Without a Chromium the tests are skipped,
 * and say so loudly.
 */

import { existsSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browsing, executablePath, startBrowsing, type Watch, watchPage } from '../../test/browser.ts'
import { siteDirectory } from '../build.ts'

const screenshots = 'test-results/screenshots'
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let browsing: Browsing

interface Opening {
  width?: number
  height?: number
  colorScheme?: 'light' | 'dark'
  javaScript?: boolean
  /** axe-core is injected as a script: the page's CSP would refuse it. */
  bypassCSP?: boolean
}

async function open(path: string, options: Opening = {}): Promise<{ page: Page; watch: Watch }> {
  const context = await browsing.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
    bypassCSP: options.bypassCSP ?? false,
  })
  const page = await context.newPage()
  const watch = watchPage(page)
  await page.goto(browsing.origin + path)
  return { page, watch }
}

const codesShown = (page: Page) => page.locator('#results a').evaluateAll((links) => links.map((link) => Number((link as HTMLElement).dataset.code)))
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams)

describe.skipIf(!executablePath)('the error explorer in headless Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(`${siteDirectory}/index.html`)) throw new Error(`${siteDirectory} is missing: run npm run build`)
    mkdirSync(screenshots, { recursive: true })
    browsing = await startBrowsing(siteDirectory)
  })

  afterAll(() => browsing?.stop())

  it('reads a code page whole with JavaScript disabled: heading, fields, causes, solutions, no script fetched', async () => {
    const { page, watch } = await open('/30003/', { javaScript: false })
    expect(await page.title()).toBe('SignalWire error 30003: Unreachable destination handset')
    expect(await page.locator('h1').textContent()).toBe('30003: Unreachable destination handset')
    expect(await page.locator('.meta div').allTextContents()).toEqual([
      'Levelerror',
      'CategoryMessage delivery',
      'NameUNREACHABLE_DESTINATION_HANDSET',
    ])
    expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['Possible causes', 'Possible solutions']))
    expect(await page.locator('h2:text-is("Possible causes") + ul > li').first().textContent()).toBe(
      'The destination handset you are trying to reach is switched off or otherwise unavailable.',
    )
    expect(watch.scripts).toEqual([])
    await page.screenshot({ path: `${screenshots}/30003-no-js.png`, fullPage: true })
    expect(watch.problems).toEqual([])
  })

  it("shows 53215's rules as a table of five columns and five rows", async () => {
    const { page, watch } = await open('/53215/')
    expect(await page.locator('article table th').allTextContents()).toEqual(['Code', 'Description', 'Explanation', 'Causes', 'Solutions'])
    expect(await page.locator('article table tbody tr').count()).toBe(5)
    expect(await page.locator('article').textContent()).not.toContain('| ---')
    await page.screenshot({ path: `${screenshots}/53215.png`, fullPage: true })
    expect(watch.problems).toEqual([])
  })

  it("follows 11200's related code and its docs' link to 12300's page", async () => {
    const { page, watch } = await open('/11200/')
    await page.locator('section:has(#related) a').click()
    await page.waitForURL(/\/12300\/$/)
    expect(await page.locator('h1').textContent()).toBe('12300: Invalid Content-Type')
    await page.goBack()
    await page.locator('.docs a[href="/12300/"]').click()
    await page.waitForURL(/\/12300\/$/)
    expect(watch.problems).toEqual([])
  })

  it('answers a missing code with status 404 and the codes one keystroke away, with their messages', async () => {
    const { page, watch } = await open('/3003')
    await expect.poll(() => page.locator('#near li').count()).toBeGreaterThan(0)
    expect(await page.locator('#missing').textContent()).toBe("SignalWire's catalog has no code 3003.")
    expect(await page.locator('#near li').allTextContents()).toContain('30003 Unreachable destination handset')
    // The page's own status is the only thing the browser reports.
    expect(watch.problems).toEqual([
      `HTTP 404: ${browsing.origin}/3003`,
      'console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
    ])
    for (const scheme of ['light', 'dark'] as const) {
      const shown = await open('/3003/', { colorScheme: scheme })
      await expect.poll(() => shown.page.locator('#near li').count()).toBeGreaterThan(0)
      await shown.page.screenshot({ path: `${screenshots}/404-${scheme}.png`, fullPage: true })
    }
    // 99999 is more than one keystroke from every code: the page says there is no such code, and offers no list.
    const far = await open('/99999/')
    await expect.poll(() => far.page.locator('#missing').textContent()).toBe("SignalWire's catalog has no code 99999.")
    expect(await far.page.locator('#near').innerHTML()).toBe('')
    const known = await open('/category/30003/')
    await expect.poll(() => known.page.locator('#missing').textContent()).toBe('There is no page at this address, but 30003 is a code.')
    expect(await known.page.locator('#near a').first().getAttribute('href')).toBe('/30003/')
  })

  it('loads only the small search.js on the index until the box is focused; then the search; the docs on the first query', async () => {
    const { page, watch } = await open('/')
    await page.waitForLoadState('networkidle')
    expect(new URL(watch.scripts[0] ?? '').pathname).toBe('/search.js')
    const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0)
    expect(sum(await Promise.all(watch.sizes))).toBeLessThanOrEqual(2_000) // gzip bytes
    const before = watch.scripts.length
    await page.locator('#q').focus()
    await expect.poll(() => watch.scripts.some((url) => /search-engine-/.test(url))).toBe(true)
    await page.waitForLoadState('networkidle')
    expect(sum(await Promise.all(watch.sizes.slice(before)))).toBeLessThanOrEqual(40_000)
    expect(watch.scripts.some((url) => /chunks\/chunk-\d-/.test(url))).toBe(false) // no docs chunk before a query
    await page.keyboard.type('timeout')
    await expect.poll(() => page.locator('#count').textContent()).toMatch(/^\d+ codes match “timeout”$/)
    expect(watch.scripts.filter((url) => /chunks\/chunk-\d-/.test(url))).toHaveLength(6)
    expect(watch.problems).toEqual([])
  })

  it('keeps a search in the address: shared, restored after a reload, filters included', async () => {
    const { page, watch } = await open('/?q=timeout&category=webhook')
    await expect.poll(() => codesShown(page)).toEqual([11201, 11203, 11205])
    expect(await page.locator('#q').inputValue()).toBe('timeout')
    expect(await page.locator('#category').inputValue()).toBe('webhook')
    await page.reload()
    await expect.poll(() => codesShown(page)).toEqual([11201, 11203, 11205])
    await page.locator('#level').selectOption('warning')
    await expect.poll(() => params(page)).toEqual({ q: 'timeout', level: 'warning', category: 'webhook' })
    const forged = await open('/?q=timeout&level=fatal&category=nope')
    await expect.poll(() => forged.page.locator('#count').textContent()).toMatch(/codes match “timeout”/)
    expect(await forged.page.locator('#level').inputValue()).toBe('')
    expect([...watch.problems, ...forged.watch.problems]).toEqual([])
  })

  it('restores each search with back and forward', async () => {
    const { page, watch } = await open('/')
    await page.locator('#q').fill('retrieval')
    await expect.poll(() => params(page)).toEqual({ q: 'retrieval' })
    await page.locator('#level').selectOption('error')
    await expect.poll(() => params(page)).toEqual({ q: 'retrieval', level: 'error' })
    await page.goBack()
    await expect.poll(() => page.locator('#level').inputValue()).toBe('')
    expect(await page.locator('#q').inputValue()).toBe('retrieval')
    await page.goForward()
    await expect.poll(() => page.locator('#level').inputValue()).toBe('error')
    await page.locator('#results a[data-code="11200"]').click()
    await page.waitForURL(/\/11200\/$/)
    await page.goBack()
    await expect.poll(() => page.locator('#q').inputValue()).toBe('retrieval')
    await expect.poll(() => codesShown(page)).toContain(11200)
    expect(watch.problems).toEqual([])
  })

  it('opens the top hit on Enter, from the index and from a code page through the index', async () => {
    const { page, watch } = await open('/')
    await page.locator('#q').fill('Error: 30003')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/30003\/$/)
    await page.locator('#q').fill('12300')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/\?q=12300$/)
    await expect.poll(() => codesShown(page).then((codes) => codes[0])).toBe(12300)
    expect(await page.locator('#q').inputValue()).toBe('12300')
    await page.locator('#q').press('Enter')
    await page.waitForURL(/\/12300\/$/)
    expect(watch.problems).toEqual([])
  })

  it('opens old addresses (#11200, ?code=30003) at the code’s page', async () => {
    const hash = await open('/#11200')
    await hash.page.waitForURL(/\/11200\/$/)
    const query = await open('/?code=30003')
    await query.page.waitForURL(/\/30003\/$/)
  })

  it('works with the keyboard alone: search, move through results, open a code, with focus visible', async () => {
    const { page, watch } = await open('/')
    await page.keyboard.press('Tab') // skip link
    await page.keyboard.press('Tab') // site link
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q')
    await page.keyboard.type('timed out')
    await expect.poll(() => page.locator('#count').textContent()).toMatch(/codes? match/)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    const chosen = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.code)
    expect(chosen).toBe(String((await codesShown(page))[1]))
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none')
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`/${chosen}/$`))
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content')
    expect(watch.problems).toEqual([])
  })

  it('keeps focus, visible, on the hit a user moved to while causes and solutions were loading', async () => {
    const { page, watch } = await open('/')
    // The docs chunks wait until the user has moved to a hit, so that they arrive while it has focus.
    const held: Route[] = []
    let moved = false
    await page.route(/\/chunks\/chunk-\d+-/, (route) => (moved ? route.continue() : void held.push(route)))
    await page.locator('#q').focus()
    await page.keyboard.type('timed out')
    await expect.poll(() => held.length).toBeGreaterThan(0)
    expect(await page.locator('#count').textContent()).toContain('loading')
    await page.keyboard.press('ArrowDown')
    const chosen = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.code)
    expect(chosen).toBe(String((await codesShown(page))[0]))
    moved = true
    for (const route of held) await route.continue()
    await expect.poll(() => page.locator('#count').textContent()).not.toContain('loading')
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.code)).toBe(chosen)
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none')
    expect(watch.problems).toEqual([])
  })

  it('renders literal <country> as text and no raw HTML', async () => {
    const { page, watch } = await open('/80203/')
    expect(await page.locator('article').textContent()).toContain('country code <country>')
    expect(await page.locator('article country').count()).toBe(0)
    expect(watch.problems).toEqual([])
  })

  it('fits 360 px and follows the colour scheme', async () => {
    const narrow = await open('/53215/', { width: 360, height: 740 })
    expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    const search = await open('/?q=timeout', { width: 360, height: 740, colorScheme: 'dark' })
    await expect.poll(() => search.page.locator('#count').textContent()).toMatch(/codes match/)
    expect(await search.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await search.page.screenshot({ path: `${screenshots}/search-360px-dark.png` })
    const dark = await open('/30003/', { colorScheme: 'dark' })
    await dark.page.screenshot({ path: `${screenshots}/30003-dark.png`, fullPage: true })
    const light = await narrow.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(light).toBe('rgb(255, 255, 255)')
    expect(await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(light)
    expect([...narrow.watch.problems, ...search.watch.problems, ...dark.watch.problems]).toEqual([])
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe-core violation on the index, a code, a category and the 404 page (${colorScheme})`, async () => {
      const found: string[] = []
      for (const path of ['/', '/30003/', '/category/webhook/', '/3003/']) {
        const { page } = await open(path, { colorScheme, bypassCSP: true })
        if (path === '/3003/') await expect.poll(() => page.locator('#near li').count()).toBeGreaterThan(0)
        await page.addScriptTag({ path: axeScript })
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe
          return (await axe.run()).violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length }))
        })
        for (const violation of violations) {
          if (violation.impact === 'serious' || violation.impact === 'critical')
            found.push(`${path}: ${violation.id} (${violation.impact}, ${violation.nodes} nodes)`)
        }
      }
      expect(found).toEqual([])
    })
  }
})
