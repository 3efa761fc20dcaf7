import { constants, gzipSync } from 'node:zlib'

/** Below this many bytes a JSON answer is sent as it is (as Next's own compression does). */
const MIN_BYTES = 1024

/** Whether the client takes gzip (`Accept-Encoding`, a q of 0 refuses it; `*` counts). */
export function acceptsGzip(acceptEncoding: string | null | undefined): boolean {
  if (!acceptEncoding) return false
  let star: boolean | undefined
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
    const accepted = q === undefined || Number(q.slice(2)) > 0
    if (name.trim() === 'gzip') return accepted
    if (name.trim() === '*') star = accepted
  }
  return star ?? false
}

/**
 * A JSON response, gzipped here in one call when the client takes gzip. For a hot JSON endpoint
 * this replaces Next's response compression (a zlib stream per response, fed chunk by chunk
 * through web streams on the server's one event loop), which costs that endpoint more than its
 * own work; Next leaves an answer that is already encoded alone. The client gets the same bytes
 * once decoded, with `Vary: Accept-Encoding` added to the vary headers given.
 */
export function compressedJson(
  acceptEncoding: string | null | undefined,
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  const json = JSON.stringify(body)
  const headers = new Headers(init.headers)
  headers.set('Content-Type', 'application/json')
  headers.set('Vary', [headers.get('Vary'), 'Accept-Encoding'].filter(Boolean).join(', '))
  if (Buffer.byteLength(json) < MIN_BYTES || !acceptsGzip(acceptEncoding)) {
    return new Response(json, { status: init.status, headers })
  }
  headers.set('Content-Encoding', 'gzip')
  // Level 4: nearly the size of the default level in about half its time.
  const gzipped = gzipSync(json, { level: 4, strategy: constants.Z_DEFAULT_STRATEGY })
  return new Response(gzipped, { status: init.status, headers })
}
