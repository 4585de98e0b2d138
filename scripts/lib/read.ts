import { VFile } from 'vfile'

/**
 * Wrap raw catalog text in a VFile, normalised so that a byte-order mark or
 * CRLF line endings give the same catalog as the clean file. Line numbers are
 * unchanged by this, so positions still point into the file as shipped.
 */
export function toCatalogFile(text: string, path: string): VFile {
  const value = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  return new VFile({ path, value })
}
