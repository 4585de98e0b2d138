/**
 * The 404 page's hints: a static host serves this page at any missing
 * address, so the number in the address (`/99999/`, `/3003`) is read here
 * and the codes one keystroke from it are offered, with their messages.
 */
import { getError, nearCodes, numbersInText, parseErrorCode } from 'signalwire-errors/lite'

const base = document.body.dataset.base ?? '/'
const path = decodeURIComponentSafe(location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname)
const number = [...numbersInText(path)][0]?.digits

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

if (number) {
  const exact = parseErrorCode(number)
  const codes = [...(exact === undefined ? [] : [exact]), ...nearCodes(number)]
  const missing = document.getElementById('missing') as HTMLParagraphElement
  missing.textContent =
    exact === undefined ? `SignalWire's catalog has no code ${number}.` : `There is no page at this address, but ${number} is a code.`
  if (codes.length > 0) {
    const heading = Object.assign(document.createElement('h2'), { textContent: exact === undefined ? 'Did you mean' : 'Its page' })
    const list = document.createElement('ul')
    list.className = 'links'
    for (const code of codes) {
      const link = Object.assign(document.createElement('a'), { href: `${base}${code}/` })
      const digits = Object.assign(document.createElement('span'), { className: 'code', textContent: String(code) })
      link.append(digits, ` ${getError(code)?.message ?? ''}`)
      const item = document.createElement('li')
      item.append(link)
      list.append(item)
    }
    document.getElementById('near')?.append(heading, list)
  }
}
