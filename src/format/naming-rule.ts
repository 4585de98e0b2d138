/**
 * The naming rule of a text: how a message, a docs title or a secondary
 * message becomes an `ErrorCode` key. The build decides which text names a
 * code (see `scripts/lib/names.ts`); the runtime derives the names of entries
 * with this rule instead of shipping them twice. Dependency-free and
 * side-effect-free.
 */

export const maxNameLength = 60

const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '))

/** Words that cannot end a phrase: articles, prepositions, conjunctions, pronouns, auxiliaries and negations. */
export const cannotEndWords: ReadonlySet<string> = /* @__PURE__ */ wordSet(
  'A AN THE AND OR NOR BUT AS AT BY FOR FROM IN INTO OF ON ONTO TO WITH WITHOUT VIA PER ABOUT THAN THAT WHICH WHO ' +
    'WHOSE WHEN WHERE WHILE IF BECAUSE DUE SO IS ARE WAS WERE BE BEEN BEING HAS HAVE HAD DO DOES DID CAN COULD SHALL ' +
    'SHOULD WILL WOULD MAY MIGHT MUST NOT NO YOUR OUR THEIR ITS HIS HER MY THIS THESE THOSE USING PLEASE SEE',
)

/** Articles: never part of a name, so that siblings read alike whatever their length. */
export const articles: ReadonlySet<string> = /* @__PURE__ */ wordSet('A AN THE')

/**
 * Words a long name gives up before it is cut: they point at something the
 * rest of the name already names (`YOUR`, `THIS`) or say only that a value was
 * passed (`PROVIDED`, `SPECIFIED`).
 */
export const lowInformationWords: ReadonlySet<string> = /* @__PURE__ */ wordSet(
  'YOUR OUR MY THIS THESE THOSE PROVIDED SPECIFIED SUPPLIED GIVEN CURRENTLY PLEASE VERY ALSO',
)

/**
 * Names their owners write as one word: they stay one word in a name
 * (`SIGNALWIRE`, not `SIGNAL_WIRE`), where any other camelCase or PascalCase
 * word is split at its humps (`SendDigits` → `SEND_DIGITS`).
 */
export const brandWords: readonly string[] = [
  'SignalWire',
  'TaskRouter',
  'LaML',
  'cXML',
  'TwiML',
  'WebRTC',
  'WebSocket',
  'JavaScript',
  'WhatsApp',
  'iOS',
]
const brands = /* @__PURE__ */ new Set(brandWords)

/**
 * Split a word at its humps: before an upper-case letter that follows a
 * lower-case one and starts two or more letters (`callerID` → `caller ID`;
 * `kB`, `IDs` and `TLSv1` stay whole).
 */
const humps = (word: string): string[] => (brands.has(word) ? [word] : word.replace(/([a-z])(?=[A-Z][A-Za-z])/g, '$1 ').split(' '))

/** Words of a text: letters and digits, humps split, upper-cased, articles and possessive `'s` dropped. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .replace(/['‘’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\(s\)/gi, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .flatMap(humps)
    .map((word) => word.toUpperCase())
    .filter((word) => !articles.has(word))
}

/** Longest run of words that may repeat the run before it (`ADD_ONS_ADD_ONS`). */
const longestRepeat = 3

/** Drop a run of words that repeats the run before it (`DIAL_QUEUE_QUEUE_NAME` reads `DIAL_QUEUE_NAME`, `ADD_ONS_ADD_ONS` reads `ADD_ONS`). */
function withoutRepeats(words: readonly string[]): string[] {
  const kept: string[] = []
  for (const word of words) {
    kept.push(word)
    for (let run = 1; run <= longestRepeat && run * 2 <= kept.length; run++) {
      if (kept.slice(-run).every((part, index) => part === kept[kept.length - 2 * run + index])) {
        kept.length -= run
        break
      }
    }
  }
  return kept
}

const joined = (words: readonly string[]): string => `${/^\d/.test(words[0] ?? '') ? 'CODE_' : ''}${words.join('_')}`

/** Whether the name of a text must be shortened to fit the limit. */
export const isLong = (text: string, limit = maxNameLength): boolean => joined(withoutRepeats(nameWords(text))).length > limit

/**
 * The name of a text (see CONTRIBUTING.md, "Names"):
 * 1. its words, upper-cased and joined by `_`: a possessive `'s` and quotes and apostrophes dropped, `&` read
 *    `AND`, accents and a plural mark `(s)` removed, camelCase and PascalCase words split at their
 *    humps except brand words, articles dropped, a run of words repeating the run before it dropped;
 * 2. a name never starts with a low-information word (`THIS`, `PROVIDED`, …); a name that would
 *    start with a digit starts with `CODE_`;
 * 3. a name longer than `limit` keeps the text's first sentence (when it has several), then gives up
 *    its low-information words, then is cut at a word boundary; a number does not end a cut name;
 * 4. words that cannot end a phrase (`OF`, `HAS`, `NOT`, …) are dropped from the end.
 */
export function deriveName(text: string, limit = maxNameLength): string {
  let words = withoutRepeats(nameWords(text))
  // A low-information word never starts a name ("This Phone Number type…", "The provided APNs device token…").
  while (words.length > 1 && lowInformationWords.has(words[0]!)) words.shift()
  const long = () => joined(words).length > limit
  if (long()) {
    const first = withoutRepeats(nameWords(text.split(/(?<=[.!?])\s+/)[0]!))
    if (first.length > 0) words = first
  }
  if (long()) words = withoutRepeats(words.filter((word) => !lowInformationWords.has(word)))
  const cut = long()
  while (words.length > 1 && long()) words.pop()
  const dangling = (word: string) => cannotEndWords.has(word) || (cut && /^\d+$/.test(word))
  while (words.length > 1 && dangling(words[words.length - 1]!)) words.pop()
  return words.length === 0 ? 'CODE' : joined(words).slice(0, limit)
}

/**
 * The name of a text between a prefix and a suffix (`FLEX_` + `RESOURCE_NOT_FOUND` + `_45006`): the
 * text's part is cut so that the whole fits, and a run of words repeating the run before it is
 * dropped across the joins (`ACCOUNT_` + `ACCOUNT_IS_NOT_ACTIVE`).
 */
export function composeName(text: string, prefix = '', suffix = ''): string {
  const room = maxNameLength - (prefix === '' ? 0 : prefix.length + 1) - (suffix === '' ? 0 : suffix.length + 1)
  const base = deriveName(text, room)
  const words = [...(prefix === '' ? [] : prefix.split('_')), ...(prefix !== '' && base.startsWith('CODE_') ? base.slice(5) : base).split('_')]
  return [...withoutRepeats(words), ...(suffix === '' ? [] : [suffix])].join('_')
}

/** A docs title as the naming rule reads it: without a leading own code (53110's "53110: StatusCallbackMethod is invalid"). */
export const titleForNaming = (title: string, code: number): string => title.replace(new RegExp(`^\\W*${code}\\W+`), '')

/** What a status family's names start with where the category has no prefix: the platform's REST API answers HTTP statuses. */
export const statusPrefix = 'HTTP'

/** The texts and prefix a code's name may be formed from. */
export interface NameTexts {
  readonly code: number
  readonly message: string
  /** The docs page's title; the message where the page has none. */
  readonly title: string
  readonly secondaryMessage: string | null
  /** The category's name prefix, empty for none. */
  readonly prefix: string
}

/** How many forms a name may take: three texts × three prefixes × with or without the code. */
export const nameFormCount = 18

/**
 * The name a form gives: `form % 3` picks the text (message, title, secondary
 * message), `⌊form / 3⌋ % 3` the prefix (none, the category's, the category's
 * with the status), `⌊form / 9⌋` whether the code is appended. Undefined where
 * the form reads a text the code lacks.
 */
export function nameOfForm(form: number, texts: NameTexts): string | undefined {
  const source = form % 3
  const text = source === 0 ? texts.message : source === 1 ? titleForNaming(texts.title, texts.code) : texts.secondaryMessage
  const kind = Math.floor(form / 3) % 3
  if (text === null || (kind === 1 && texts.prefix === '')) return undefined
  const prefix = kind === 0 ? '' : kind === 1 ? texts.prefix : `${texts.prefix || statusPrefix}_${texts.code % 1000}`
  return composeName(text, prefix, form >= 9 ? String(texts.code) : '')
}
