/**
 * `npm run site:serve`: serve the built explorer on localhost as a static
 * host would (GitHub Pages, Netlify, Cloudflare Pages): the right content
 * types, gzip, a folder's `index.html`, a redirect from `/30003` to `/30003/`, and
 * `404.html` with status 404 for any other missing address. Also used by the
 * browser tests and `npm run site:audit`.
 */
import { createReadStream, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { createGzip } from 'node:zlib'
import { siteDirectory } from './build.ts'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

/** Static hosts compress text: so does this server, for the browser tests and Lighthouse to measure what users get. */
const compressible = new Set(['.html', '.js', '.css', '.svg', '.xml', '.txt'])
const acceptsGzip = (request: IncomingMessage) => /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))

/** What a path names, from one stat: a file, a folder or nothing (also for `a.html/b`, which stat rejects with ENOTDIR). */
function kindOf(path: string): 'file' | 'folder' | undefined {
  try {
    const found = statSync(path)
    return found.isFile() ? 'file' : found.isDirectory() ? 'folder' : undefined
  } catch {
    return undefined
  }
}

function decoded(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return undefined
  }
}

/** A static file server for a folder; only files under it are served. */
export function serveFolder(root = siteDirectory): Server {
  const base = resolve(root)
  const inside = (path: string) => path === base || path.startsWith(base + sep)
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const path = decoded(url.pathname)
    const file = path === undefined ? undefined : join(base, normalize(path))
    const send = (status: number, served: string) => {
      const gzip = compressible.has(extname(served)) && acceptsGzip(request)
      response.writeHead(status, {
        'content-type': types[extname(served)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      })
      const stream = createReadStream(served)
      if (gzip) stream.pipe(createGzip()).pipe(response)
      else stream.pipe(response)
    }
    const kind = file && inside(file) ? kindOf(file) : undefined
    if (file && kind === 'folder' && !url.pathname.endsWith('/')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end()
    } else if (file && kind === 'folder' && kindOf(join(file, 'index.html')) === 'file') {
      send(200, join(file, 'index.html'))
    } else if (file && kind === 'file') {
      send(200, file)
    } else if (kindOf(join(base, '404.html')) === 'file') {
      send(404, join(base, '404.html'))
    } else {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
    }
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173)
  serveFolder().listen(port, '127.0.0.1', () => console.log(`Error explorer on http://localhost:${port}/`))
}
