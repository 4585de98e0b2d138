/**
 * What the CLI and the build write of text it did not make: data, arguments, messages of
 * Node's argument parser. A control character (C0 other than tab and
 * newline, DEL, C1) or a bidirectional override would act on the terminal — retitle it,
 * clear it, reorder what it shows — so each is written as an escape instead.
 */

/** A character that acts on a terminal rather than shows; the catalog step removes them from the vendor text too. Not global: `test` and `exec` keep no state. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
export const actingCharacter = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

/** Every such character: for `replace` and `match` only, which start from the beginning whatever a previous call left. */
export const actingCharacters = new RegExp(actingCharacter.source, 'g')

const hex = (char: string, width: number) => char.charCodeAt(0).toString(16).padStart(width, '0')

/** Text with each acting character as `\xHH` (or `\uHHHH`); tabs and newlines kept. */
export const printable = (text: string): string =>
  text.replace(actingCharacters, (char) => (char.charCodeAt(0) <= 0xff ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`))

/** JSON text without acting characters: JSON.stringify leaves DEL, C1 and the overrides raw; `\uHHHH` is the same JSON value. */
export const printableJson = (json: string): string => json.replace(actingCharacters, (char) => `\\u${hex(char, 4)}`)

/** Text quoted for an error line: a JSON string literal, printable. */
export const quote = (text: string): string => printableJson(JSON.stringify(text))

/** An argument as a shell reads it back: bare when it is one plain word, else single-quoted, or `$'…'` when it holds acting characters. */
export function shellWord(text: string): string {
  if (/^[\w.,:/@%+=-]+$/.test(text)) return text
  if (actingCharacter.test(text)) return `$'${printable(text.replace(/[\\']/g, '\\$&')).replace(/\n/g, '\\n')}'`
  return `'${text.replace(/'/g, `'\\''`)}'`
}
