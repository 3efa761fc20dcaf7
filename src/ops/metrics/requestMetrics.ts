import { processRegistry, type Registry } from './registry'
import { routeKind, statusClass } from './routeKind'

/**
 * The request metrics of the front server (src/launcher/frontServer.ts), the one place that sees
 * every request, its final status and how long the whole answer took, whatever route answered it.
 */
export function requestMetrics(registry: Registry = processRegistry()) {
  const requests = registry.counter(
    'videnportal_http_requests_total',
    'HTTP requests answered, by route kind, method and status class.',
    ['kind', 'method', 'status'],
  )
  const duration = registry.histogram(
    'videnportal_http_request_duration_seconds',
    'Time from a request arriving to its answer being sent, by route kind.',
    ['kind'],
  )
  const inFlight = registry.gauge(
    'videnportal_http_requests_in_flight',
    'Requests being answered now.',
  )
  const cutOff = registry.counter(
    'videnportal_http_requests_cut_off_total',
    'Requests cut off by the shutdown limit (SHUTDOWN_TIMEOUT_SECONDS) or a client that left.',
    ['reason'],
  )
  inFlight.set({}, 0)
  let current = 0
  return {
    /** Call when a request arrives; the returned function when its answer is done. */
    start(method: string | undefined, url: string) {
      const started = process.hrtime.bigint()
      const kind = routeKind(url)
      inFlight.set({}, ++current)
      let ended = false
      return {
        kind,
        end(status: number, outcome: 'finished' | 'client-gone' | 'cut-off' = 'finished') {
          if (ended) return 0
          ended = true
          inFlight.set({}, --current)
          const seconds = Number(process.hrtime.bigint() - started) / 1e9
          if (outcome === 'finished') {
            requests.inc({ kind, method: knownMethod(method), status: statusClass(status) })
            duration.observe({ kind }, seconds)
          } else {
            cutOff.inc({ reason: outcome })
          }
          return seconds
        },
      }
    },
  }
}

const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/** The method label: one of the usual ones, else "other" (a client chooses the method). */
function knownMethod(method: string | undefined): string {
  const upper = (method ?? '').toUpperCase()
  return methods.has(upper) ? upper : 'other'
}
