/**
 * A list of codes as the index and the category pages show it: code, level
 * and message, each row a link to the code's page. The search script reorders
 * these rows rather than building its own, so there is one row markup.
 */
import type { LiteEntry } from 'signalwire-errors'
import { type Html, html } from './html.ts'
import type { SiteUrl } from './site-url.ts'

/** A code's page, under the base. */
export const codePath = (code: number): string => `${code}/`

/** A category's page, under the base. */
export const categoryPath = (slug: string): string => `category/${slug}/`

export function codeList(site: SiteUrl, entries: readonly LiteEntry[], label: string): Html {
  const rows = entries.map(
    (entry) =>
      html`<li><a href="${site.base}${codePath(entry.code)}" data-code="${entry.code}"><span class="code">${entry.code}</span><span class="level level-${entry.level}">${entry.level}</span><span class="message">${entry.message}</span></a></li>\n`,
  )
  return html`<ul id="results" class="codes" aria-label="${label}">${rows}</ul>`
}
