/**
 * The kind of route a request path belongs to: the label of the request metrics. A handful of
 * kinds, never the path itself, so that the number of series stays small whatever is requested.
 */
export const ROUTE_KINDS = [
  'page',
  'search',
  'api',
  'login',
  'media',
  'admin',
  'static',
  'health',
  'metrics',
] as const

export type RouteKind = (typeof ROUTE_KINDS)[number]

export function routeKind(url: string): RouteKind {
  const end = url.search(/[?#]/)
  const path = (end === -1 ? url : url.slice(0, end)).toLowerCase()
  if (path === '/api/metrics') return 'metrics'
  if (path === '/api/health') return 'health'
  if (path === '/api/search' || path.startsWith('/api/search/')) return 'search'
  if (/^\/api\/users\/(login|logout|refresh-token)\/?$/.test(path)) return 'login'
  if (path.startsWith('/api/media/file/')) return 'media'
  if (path === '/api' || path.startsWith('/api/')) return 'api'
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin'
  if (path.startsWith('/_next/') || /\.[a-z0-9]{1,8}$/.test(path)) return 'static'
  return 'page'
}

/** "2xx", "4xx", …: the status label (the exact code would multiply the series). */
export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other'
}
