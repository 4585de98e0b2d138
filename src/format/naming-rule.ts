/**
 * The naming rule of `ErrorCode` keys. The build derives and locks names with
 * it; the runtime derives the names of entries with it instead of shipping
 * them twice. Dependency-free and side-effect-free.
 */

export const maxNameLength = 60

/** Words that cannot end a phrase: articles, prepositions, conjunctions, pronouns, auxiliaries and negations. */
export const cannotEndWords: ReadonlySet<string> = new Set(
  (
    'A AN THE AND OR NOR BUT AS AT BY FOR FROM IN INTO OF ON ONTO TO WITH WITHOUT VIA PER ABOUT THAN THAT WHICH WHO ' +
    'WHOSE WHEN WHERE WHILE IF BECAUSE DUE SO IS ARE WAS WERE BE BEEN BEING HAS HAVE HAD DO DOES DID CAN COULD SHALL ' +
    'SHOULD WILL WOULD MAY MIGHT MUST NOT NO YOUR OUR THEIR ITS HIS HER MY THIS THESE THOSE USING PLEASE SEE'
  ).split(' '),
)
const articles = new Set(['A', 'AN', 'THE'])

/** Words of a text: letters and digits, camelCase humps split, upper-cased. */
function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['‘’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\(s\)/gi, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .flatMap((word) => (/^[a-z]/.test(word) ? word.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ') : [word]))
    .map((word) => word.toUpperCase())
}

/** Drop a word that repeats the one before it (`DIAL_QUEUE_QUEUE_NAME` reads `DIAL_QUEUE_NAME`). */
const withoutRepeats = (words: readonly string[]): string[] => words.filter((word, index) => word !== words[index - 1])

/**
 * Derive the base identifier of a message:
 * 1. typographic quotes and apostrophes are dropped, `&` reads `AND`, accents are removed,
 *    a plural mark `(s)` is dropped;
 * 2. the message splits into words at every character that is not a letter or digit;
 *    a word starting lower-case splits again at its camelCase humps (`profanityFilter`);
 * 3. words are upper-cased; a word repeating the one before it is dropped;
 * 4. a name that would start with a digit starts with `CODE_` instead;
 * 5. a name longer than `limit` keeps only the message's first sentence (when it
 *    has several), then drops the articles `A`, `AN`, `THE`, then is cut at a word
 *    boundary, and words that cannot end a phrase (`OF`, `HAS`, `NOT`, …) or
 *    numbers are dropped from the cut end;
 * 6. words that cannot end a phrase are dropped from the end of any name (a
 *    message the vendor cut short: "PNC limit has been").
 */
export function deriveName(message: string, limit = maxNameLength): string {
  let words = withoutRepeats(nameWords(message))
  const join = () => `${/^\d/.test(words[0] ?? '') ? 'CODE_' : ''}${words.join('_')}`
  if (join().length > limit) {
    const first = withoutRepeats(nameWords(message.split(/(?<=[.!?])\s+/)[0]!))
    if (first.length > 0) words = first
  }
  if (join().length > limit) words = withoutRepeats(words.filter((word) => !articles.has(word)))
  const cut = join().length > limit
  while (words.length > 1 && join().length > limit) words.pop()
  // A cut name may not end on a number either: the message's number ends it only when it ends the message.
  const dangling = (word: string) => cannotEndWords.has(word) || (cut && /^\d+$/.test(word))
  while (words.length > 1 && dangling(words[words.length - 1]!)) words.pop()
  return words.length === 0 ? 'CODE' : join().slice(0, limit)
}

/** `BASE_CODE`: the base cut so that the whole fits the length limit. */
export const nameWithCode = (message: string, code: number): string => `${deriveName(message, maxNameLength - String(code).length - 1)}_${code}`
