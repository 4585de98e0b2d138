/**
 * Where the site is hosted, from one setting: `SITE_URL`, the address of its
 * index (for example `https://errors.example.com/` or
 * `https://example.github.io/signalwire-errors/`). Its path is the base of
 * every link; the whole address makes the canonical links and the sitemap.
 */
export interface SiteUrl {
  /** The index's address, ending in `/`. */
  readonly root: string
  /** The path links start with, ending in `/`. */
  readonly base: string
}

export const defaultSiteUrl = 'http://localhost:4173/'

export function siteUrl(address = process.env.SITE_URL || defaultSiteUrl): SiteUrl {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    throw new Error(`SITE_URL is not an address: ${JSON.stringify(address)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http or https address: ${JSON.stringify(address)}`)
  if (url.search || url.hash) throw new Error(`SITE_URL may not hold a query or a fragment: ${JSON.stringify(address)}`)
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return { root: url.href, base: url.pathname }
}
