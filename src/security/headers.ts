import { mapTiles, type MapTiles } from '../geo/tiles'

/**
 * Security headers. Pages and the admin get their Content-Security-Policy from the proxy
 * (src/proxy.ts), with a fresh nonce per request: scripts run only when they carry that nonce or
 * were loaded by one that does ('strict-dynamic'), so an injected inline script does not run. Next
 * puts the nonce on its own scripts when it finds it in the request's CSP header. Styles may stay
 * inline: Payload's admin and the Lexical editor set style attributes. No eval outside development,
 * no third-party origins (but the map's tile server when MAP_TILE_URL is set), no framing.
 */
export function contentSecurityPolicy({
  nonce,
  development,
  tiles = mapTiles(),
}: {
  nonce?: string
  development: boolean
  /** The map's tile server (MAP_TILE_URL), admitted for images and fetches only when set. */
  tiles?: Pick<MapTiles, 'origin'> | null
}): string {
  const tileSource = tiles ? ` ${tiles.origin}` : ''
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'"
  return [
    "default-src 'self'",
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileSource}`,
    "font-src 'self' data:",
    `connect-src 'self'${tileSource}${development ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** A nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
}

/**
 * Headers for every response, from next.config.ts. The CSP here has no nonce, so no inline script
 * runs at all; pages and the admin get theirs from the proxy instead, under the same lowercase
 * name, which Next's router lets the proxy's value replace (config headers are applied first).
 */
export function securityHeaders({ development }: { development: boolean }) {
  return [
    { key: 'content-security-policy', value: contentSecurityPolicy({ development }) },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      // »Nær mig« asks for the position on the portal's own pages, and only on a click.
      value: 'camera=(), microphone=(), geolocation=(self), interest-cohort=()',
    },
  ]
}
