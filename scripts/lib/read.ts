import { VFile } from 'vfile'
import { actingCharacter, actingCharacters } from '../../src/cli/printable.ts'
import { report } from './diagnostics.ts'

/**
 * Wrap raw catalog text in a VFile, normalised so that a byte-order mark or
 * CRLF line endings give the same catalog as the clean file. Line numbers are
 * unchanged by this, so positions still point into the file as shipped.
 * Characters that act on a terminal (control characters other than tab and
 * newline, bidirectional overrides) are removed, each line that held one
 * reported at the first: text a page or a terminal shows never holds them.
 */
export function toCatalogFile(text: string, path: string): VFile {
  const value = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const file = new VFile({ path, value })
  if (!actingCharacter.test(value)) return file
  const lines = value.split('\n')
  lines.forEach((line, index) => {
    const found = actingCharacter.exec(line)
    if (!found) return
    const count = line.match(actingCharacters)!.length
    const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
    report(file, `Unexpected control character U+${code}${count > 1 ? ` (and ${count - 1} more on this line)` : ''}: removed`, {
      severity: 'warning',
      place: { line: index + 1, column: found.index + 1 },
      ruleId: 'control-character',
      source: 'read',
    })
    lines[index] = line.replace(actingCharacters, '')
  })
  file.value = lines.join('\n')
  return file
}
