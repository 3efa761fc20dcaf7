/**
 * A small Prometheus registry: counters, gauges and histograms with labels, rendered in the text
 * exposition format (version 0.0.4). Written here rather than taken from prom-client: the portal
 * needs a dozen metrics, no default process collectors, and one registry per process that Next's
 * separate bundles (route handlers, instrumentation, Payload's config) share through `globalThis`.
 */

export type Labels = Record<string, string>

type MetricType = 'counter' | 'gauge' | 'histogram'

/** Latency buckets in seconds: from a cached page to a slow search or a hung upstream. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

const metricName = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/
const labelName = /^[a-zA-Z_][a-zA-Z0-9_]*$/

/** A label value as the text format wants it: backslash, double quote and newline escaped. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')
}

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((name) => `${name}="${escapeLabelValue(String(labels[name]))}"`)
    .join(',')
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  return String(value)
}

function withLabels(name: string, key: string): string {
  return key ? `${name}{${key}}` : name
}

abstract class Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: MetricType,
    readonly labelNames: readonly string[],
  ) {
    if (!metricName.test(name)) throw new Error(`Invalid metric name "${name}"`)
    for (const label of labelNames) {
      if (!labelName.test(label) || label === 'le') {
        throw new Error(`Invalid label name "${label}" on ${name}`)
      }
    }
  }

  protected check(labels: Labels): string {
    const given = Object.keys(labels)
    if (
      given.length !== this.labelNames.length ||
      given.some((l) => !this.labelNames.includes(l))
    ) {
      throw new Error(`${this.name} takes the labels ${this.labelNames.join(', ') || '(none)'}`)
    }
    return labelKey(labels)
  }

  header(): string[] {
    return [
      `# HELP ${this.name} ${this.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`,
      `# TYPE ${this.name} ${this.type}`,
    ]
  }

  abstract lines(): string[]
}

export class Counter extends Metric {
  private readonly values = new Map<string, number>()

  constructor(name: string, help: string, labelNames: readonly string[] = []) {
    super(name, help, 'counter', labelNames)
  }

  inc(labels: Labels = {}, by = 1) {
    if (!(by >= 0)) throw new Error(`${this.name} can only go up`)
    const key = this.check(labels)
    this.values.set(key, (this.values.get(key) ?? 0) + by)
  }

  get(labels: Labels = {}): number {
    return this.values.get(this.check(labels)) ?? 0
  }

  lines(): string[] {
    // A counter without labels is shown from 0, so a rate can be taken from the first scrape.
    if (this.values.size === 0 && this.labelNames.length === 0) return [`${this.name} 0`]
    return [...this.values].map(
      ([key, value]) => `${withLabels(this.name, key)} ${formatValue(value)}`,
    )
  }
}

export class Gauge extends Metric {
  private readonly values = new Map<string, number>()

  constructor(name: string, help: string, labelNames: readonly string[] = []) {
    super(name, help, 'gauge', labelNames)
  }

  set(labels: Labels, value: number) {
    this.values.set(this.check(labels), value)
  }

  /** Replaces every series at once (a gauge read from the database at scrape time). */
  replace(series: Array<{ labels: Labels; value: number }>) {
    this.values.clear()
    for (const { labels, value } of series) this.set(labels, value)
  }

  lines(): string[] {
    return [...this.values].map(
      ([key, value]) => `${withLabels(this.name, key)} ${formatValue(value)}`,
    )
  }
}

type HistogramSeries = { buckets: number[]; sum: number; count: number }

export class Histogram extends Metric {
  private readonly series = new Map<string, HistogramSeries>()

  constructor(
    name: string,
    help: string,
    labelNames: readonly string[] = [],
    readonly buckets: readonly number[] = LATENCY_BUCKETS,
  ) {
    super(name, help, 'histogram', labelNames)
    for (let index = 1; index < buckets.length; index++) {
      if (!(buckets[index]! > buckets[index - 1]!)) throw new Error(`${name}: buckets must grow`)
    }
  }

  observe(labels: Labels, value: number) {
    const key = this.check(labels)
    let series = this.series.get(key)
    if (!series) {
      series = { buckets: this.buckets.map(() => 0), sum: 0, count: 0 }
      this.series.set(key, series)
    }
    for (let index = 0; index < this.buckets.length; index++) {
      if (value <= this.buckets[index]!) series.buckets[index]!++
    }
    series.sum += value
    series.count++
  }

  /** How many observations a series has (tests and the shutdown log). */
  count(labels: Labels = {}): number {
    return this.series.get(this.check(labels))?.count ?? 0
  }

  lines(): string[] {
    const out: string[] = []
    for (const [key, series] of this.series) {
      const prefix = key ? `${key},` : ''
      this.buckets.forEach((bound, index) => {
        out.push(
          `${this.name}_bucket{${prefix}le="${formatValue(bound)}"} ${series.buckets[index]}`,
        )
      })
      out.push(`${this.name}_bucket{${prefix}le="+Inf"} ${series.count}`)
      out.push(`${withLabels(`${this.name}_sum`, key)} ${formatValue(series.sum)}`)
      out.push(`${withLabels(`${this.name}_count`, key)} ${series.count}`)
    }
    return out
  }
}

export class Registry {
  private readonly metrics = new Map<string, Metric>()

  private add<T extends Metric>(metric: T): T {
    const existing = this.metrics.get(metric.name)
    if (existing) {
      if (existing.type !== metric.type)
        throw new Error(`${metric.name} is already a ${existing.type}`)
      return existing as T
    }
    this.metrics.set(metric.name, metric)
    return metric
  }

  /** The counter of that name, created on first use (the same one for every caller). */
  counter(name: string, help: string, labelNames: readonly string[] = []): Counter {
    return this.add(new Counter(name, help, labelNames))
  }

  gauge(name: string, help: string, labelNames: readonly string[] = []): Gauge {
    return this.add(new Gauge(name, help, labelNames))
  }

  histogram(
    name: string,
    help: string,
    labelNames: readonly string[] = [],
    buckets?: readonly number[],
  ): Histogram {
    return this.add(new Histogram(name, help, labelNames, buckets))
  }

  /** The text exposition format: HELP, TYPE and the samples of each metric, in creation order. */
  render(): string {
    const out: string[] = []
    for (const metric of this.metrics.values()) out.push(...metric.header(), ...metric.lines())
    return `${out.join('\n')}\n`
  }
}

const globalKey = Symbol.for('videnportal.metricsRegistry')
type WithRegistry = typeof globalThis & { [globalKey]?: Registry }

/** The process's registry, shared by every bundle of the app that runs in this process. */
export function processRegistry(): Registry {
  const holder = globalThis as WithRegistry
  holder[globalKey] ??= new Registry()
  return holder[globalKey]
}

/** The content type of the text exposition format. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'
