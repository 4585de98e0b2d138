/**
 * Headless Chromium for the browser tests: Debian's `chromium`, driven by
 * playwright-core (no browser download), and a watch on what a page does that
 * a user would call broken. Without a Chromium the tests are skipped, loudly.
 */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { type Browser, chromium, type Page } from 'playwright-core'
import { serveFolder } from '../site/serve.ts'

export const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path))
if (!executablePath) {
  console.warn(
    '\n********************************************************************\n' +
      "*  BROWSER TESTS SKIPPED: no Chromium found. Install Debian's      *\n" +
      '*  `chromium` package (apt-get install chromium) or set CHROMIUM_PATH. *\n' +
      '********************************************************************\n',
  )
}

/** A folder served on a free local port, and a browser to open it in; `stop` ends both. */
export interface Browsing {
  browser: Browser
  origin: string
  stop: () => Promise<void>
}

export async function startBrowsing(folder: string): Promise<Browsing> {
  const server = serveFolder(folder)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const stop = async () => {
    await browser.close()
    server.close()
  }
  return { browser, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop }
}

/** What a page did that a user would call broken, and the scripts it fetched (gzip sizes arrive with their bodies). */
export interface Watch {
  problems: string[]
  scripts: string[]
  sizes: Promise<number>[]
}

/** Start watching a page before it loads anything. */
export function watchPage(page: Page): Watch {
  const watch: Watch = { problems: [], scripts: [], sizes: [] }
  page.on('request', (request) => {
    if (request.resourceType() === 'script') watch.scripts.push(request.url())
  })
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watch.problems.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => {
    // Leaving a page aborts what it was still loading (a favicon, say): that is the browser's choice, not a fault.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') watch.problems.push(`failed request: ${request.url()} ${request.failure()?.errorText}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) watch.problems.push(`HTTP ${response.status()}: ${response.url()}`)
    // A page that navigates away drops the bodies of its responses: those count as nothing.
    if (response.request().resourceType() === 'script') {
      watch.sizes.push(
        response.body().then(
          (body) => gzipSync(body, { level: 9 }).length,
          () => 0,
        ),
      )
    }
  })
  return watch
}
