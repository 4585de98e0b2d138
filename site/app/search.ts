/**
 * Search on the index, as progressive enhancement: the page already lists
 * every code, and its form works without JavaScript. This small script keeps
 * the search in the address (`?q=timeout&level=error&category=webhook`), so a
 * search can be shared, survives a reload and comes back with back and
 * forward; it loads the search itself (search-engine.ts, with the messages of
 * all codes) only on the first focus of the box or when the address holds a
 * search, so that reading the index costs no script time.
 */

import { base, categoryFilter, form, isEmpty, levelFilter, query, showInForm, stateInAddress } from './search-form.ts'

// Old addresses of the explorer (`#30003`, `?code=30003`) open the code's own page.
const oldAddress = /^#(\d+)$/.exec(location.hash)?.[1] ?? new URLSearchParams(location.search).get('code')
if (oldAddress && /^\d+$/.test(oldAddress)) location.replace(`${base}${oldAddress}/`)

type Engine = typeof import('./search-engine.ts')
let engine: Promise<Engine> | undefined
const loadEngine = (): Promise<Engine> =>
  (engine ??= import('./search-engine.ts').then((module) => {
    module.start()
    return module
  }))

query.addEventListener('focus', () => void loadEngine(), { once: true })
for (const control of [query, levelFilter, categoryFilter]) control.addEventListener('input', () => void loadEngine(), { once: true })
form.addEventListener('submit', (event) => {
  event.preventDefault()
  void loadEngine().then((module) => module.openTopHit())
})

const initial = stateInAddress()
if (!isEmpty(initial)) {
  showInForm(initial)
  void loadEngine()
}
