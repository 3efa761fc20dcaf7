import { describe, expect, it } from 'vitest'

import { Registry } from '@/ops/metrics/registry'
import { routeKind, statusClass } from '@/ops/metrics/routeKind'
import { metricsAuthorized } from '@/ops/metrics/token'

describe('the metrics registry (Prometheus text format)', () => {
  it('renders counters, gauges and histograms with HELP, TYPE and escaped labels', () => {
    const registry = new Registry()
    const requests = registry.counter('t_requests_total', 'Requests.', ['kind'])
    requests.inc({ kind: 'page' })
    requests.inc({ kind: 'page' }, 2)
    requests.inc({ kind: 'a"b\\c\nd' })
    registry.gauge('t_depth', 'Depth.', ['task']).set({ task: 'sendMail' }, 4)
    const latency = registry.histogram('t_seconds', 'Latency.', ['kind'], [0.1, 1])
    latency.observe({ kind: 'page' }, 0.05)
    latency.observe({ kind: 'page' }, 0.5)
    latency.observe({ kind: 'page' }, 3)
    expect(registry.render()).toBe(
      [
        '# HELP t_requests_total Requests.',
        '# TYPE t_requests_total counter',
        't_requests_total{kind="page"} 3',
        't_requests_total{kind="a\\"b\\\\c\\nd"} 1',
        '# HELP t_depth Depth.',
        '# TYPE t_depth gauge',
        't_depth{task="sendMail"} 4',
        '# HELP t_seconds Latency.',
        '# TYPE t_seconds histogram',
        't_seconds_bucket{kind="page",le="0.1"} 1',
        't_seconds_bucket{kind="page",le="1"} 2',
        't_seconds_bucket{kind="page",le="+Inf"} 3',
        't_seconds_sum{kind="page"} 3.55',
        't_seconds_count{kind="page"} 3',
        '',
      ].join('\n'),
    )
  })

  it('shows a counter without labels from 0, and returns the same metric to every caller', () => {
    const registry = new Registry()
    const first = registry.counter('t_total', 'T.')
    expect(registry.render()).toContain('\nt_total 0\n')
    registry.counter('t_total', 'T.').inc()
    expect(first.get()).toBe(1)
    expect(() => registry.gauge('t_total', 'T.')).toThrow(/already a counter/)
  })

  it('refuses wrong labels, a counter going down and bad names', () => {
    const registry = new Registry()
    const counter = registry.counter('t_x_total', 'X.', ['kind'])
    expect(() => counter.inc({})).toThrow(/takes the labels kind/)
    expect(() => counter.inc({ kind: 'a', other: 'b' })).toThrow()
    expect(() => counter.inc({ kind: 'a' }, -1)).toThrow(/only go up/)
    expect(() => registry.counter('bad-name', 'X.')).toThrow(/Invalid metric name/)
    expect(() => registry.histogram('t_h', 'H.', ['le'])).toThrow(/Invalid label name/)
  })
})

describe('route kinds and status classes', () => {
  it.each([
    ['/', 'page'],
    ['/da/soeg?q=adhd', 'page'],
    ['/da/tilbud/mentor-for-unge', 'page'],
    ['/api/search?q=x', 'search'],
    ['/api/search/suggest?q=x', 'search'],
    ['/api/users/login', 'login'],
    ['/api/media/file/plan.pdf', 'media'],
    ['/api/offers/3', 'api'],
    ['/api/health', 'health'],
    ['/api/metrics', 'metrics'],
    ['/admin/collections/offers', 'admin'],
    ['/_next/static/chunks/main.js', 'static'],
    ['/favicon.ico', 'static'],
  ])('%s is a %s', (url, kind) => {
    expect(routeKind(url)).toBe(kind)
  })

  it('labels statuses by class only', () => {
    expect([statusClass(200), statusClass(302), statusClass(404), statusClass(503)]).toEqual([
      '2xx',
      '3xx',
      '4xx',
      '5xx',
    ])
    expect(statusClass(0)).toBe('other')
  })
})

describe('the metrics token', () => {
  const token = 'metrics-token-0123456789'
  it('admits exactly the bearer of the configured token', () => {
    expect(metricsAuthorized(`Bearer ${token}`, token)).toBe(true)
    expect(metricsAuthorized(`bearer ${token}`, token)).toBe(true)
    expect(metricsAuthorized(`Bearer ${token}x`, token)).toBe(false)
    expect(metricsAuthorized(token, token)).toBe(false)
    expect(metricsAuthorized(undefined, token)).toBe(false)
  })

  it('admits nobody when no token is configured', () => {
    expect(metricsAuthorized('Bearer ', undefined)).toBe(false)
    expect(metricsAuthorized('Bearer anything', '')).toBe(false)
  })
})
