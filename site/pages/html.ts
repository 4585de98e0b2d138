/**
 * Writing HTML from data: every text and attribute value is escaped here, so
 * that no page template concatenates raw catalog text.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text or an attribute value, escaped. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => entities[char] as string)

/** Markup already escaped, kept apart from text so that it is never escaped twice. */
export interface Html {
  readonly html: string
}

const isHtml = (value: unknown): value is Html => typeof value === 'object' && value !== null && 'html' in value

/** A template tag: interpolated strings and numbers are escaped, `Html` values and arrays of them are not. */
export function html(strings: TemplateStringsArray, ...values: (string | number | Html | readonly Html[] | false | null | undefined)[]): Html {
  let out = strings[0] as string
  values.forEach((value, index) => {
    if (Array.isArray(value)) out += value.map((item: Html) => item.html).join('')
    else if (isHtml(value)) out += value.html
    else if (value !== false && value !== null && value !== undefined) out += escapeHtml(String(value))
    out += strings[index + 1]
  })
  return { html: out }
}

/** Markup made elsewhere and known to be safe (micromark's output, which escapes any HTML in its input). */
export const trusted = (markup: string): Html => ({ html: markup })
