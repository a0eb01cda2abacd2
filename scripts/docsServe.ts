/**
 * A static server for docs/ on 127.0.0.1 (a free port unless one is given), for reading the site locally and for the
 * browser test. `npm run docs:serve [-- --port N]` prints the URL and serves until interrupted.
 * Only GET and HEAD, only files inside the folder; no listing, no caching headers, nothing sent anywhere.
 */
import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

export interface DocsServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string
  readonly close: () => Promise<void>
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * Resolves a request path to a file under `root`, or undefined. Redoc routes with real paths over http
 * (`/api-keys/createapikey`), so a path without an extension that names no file is the page itself: reloading a
 * deep link keeps working, as it does on hosts configured for single-page apps.
 */
function fileFor(root: string, pathname: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const candidate = resolve(root, `.${decoded}`)
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined
  if (isFile(candidate)) return candidate
  const index = join(candidate, 'index.html')
  if (isFile(index)) return index
  return extname(decoded) === '' ? join(root, 'index.html') : undefined
}

export function serveDocs(options: { root?: string; port?: number } = {}): Promise<DocsServer> {
  const root = resolve(options.root ?? join(import.meta.dirname, '..', 'docs'))
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    const file = fileFor(root, pathname)
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n')
      return
    }
    response.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'X-Content-Type-Options': 'nosniff',
    })
    if (request.method === 'HEAD') response.end()
    else createReadStream(file).pipe(response)
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections()
            server.close((error) => (error ? fail(error) : done()))
          }),
      })
    })
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portIndex = process.argv.indexOf('--port')
  const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 0
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('docs:serve: --port takes an integer from 0 to 65535 (0: any free port)')
    process.exit(2)
  }
  const docs = await serveDocs({ port })
  console.log(`Serving docs/ at ${docs.url} (Ctrl-C to stop)`)
  const stop = () => void docs.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
