import { describe, expect, it } from 'vitest'

import { mentionToday } from '@/reviewTasks/digest'

const at = (iso: string) => new Date(iso)

describe('when an open review task is mentioned in the daily digest', () => {
  // Opened on 2 December, Copenhagen time (23:30 UTC on the 1st is 00:30 on the 2nd).
  const task = { createdAt: '2026-12-01T23:30:00.000Z' }

  it('not on the day it opened, but the next morning', () => {
    expect(mentionToday(task, at('2026-12-02T05:00:00Z'))).toBe(false)
    expect(mentionToday(task, at('2026-12-03T05:00:00Z'))).toBe(true)
  })

  it('then once a week while it stays open', () => {
    expect(mentionToday(task, at('2026-12-04T05:00:00Z'))).toBe(false)
    expect(mentionToday(task, at('2026-12-09T05:00:00Z'))).toBe(false)
    expect(mentionToday(task, at('2026-12-10T05:00:00Z'))).toBe(true)
    expect(mentionToday(task, at('2026-12-17T05:00:00Z'))).toBe(true)
  })

  it('never for a clock before it opened', () => {
    expect(mentionToday(task, at('2026-11-20T05:00:00Z'))).toBe(false)
  })
})
