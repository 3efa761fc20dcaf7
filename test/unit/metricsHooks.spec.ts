import { describe, expect, it } from 'vitest'

import { appMetrics } from '@/ops/metrics/appMetrics'
import { countMailOutcomes } from '@/ops/metrics/hooks/countMailOutcomes'

const change = (previousDoc: object, doc: object) =>
  (countMailOutcomes as (args: unknown) => unknown)({ doc, previousDoc, operation: 'update' })

describe('mail outcomes in the metrics', () => {
  it('counts a sent mail once, failed attempts, and the mail given up', () => {
    const metrics = appMetrics()
    const sent = metrics.mailsSent.get()
    const attempts = metrics.mailAttemptsFailed.get()
    const failed = metrics.mailsFailed.get()
    change({ status: 'queued', attempts: 0 }, { status: 'sent', attempts: 1 })
    change({ status: 'sent', attempts: 1 }, { status: 'sent', attempts: 1 })
    change({ status: 'queued', attempts: 1 }, { status: 'queued', attempts: 2 })
    change({ status: 'queued', attempts: 5 }, { status: 'failed', attempts: 6 })
    expect(metrics.mailsSent.get() - sent).toBe(1)
    expect(metrics.mailAttemptsFailed.get() - attempts).toBe(2)
    expect(metrics.mailsFailed.get() - failed).toBe(1)
  })
})
