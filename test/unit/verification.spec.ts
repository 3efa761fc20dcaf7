import { describe, expect, it } from 'vitest'

import { reviewState } from '@/domain/freshness'
import { freshnessLabels, unverifiedText, verificationText } from '@/freshness/display'
import { intervalsFromEnv, sanitizeFreshnessOptions } from '@/freshness/options'
import { daysBetween, planReminder, type ReminderMemory } from '@/freshness/plan'
import { trackVerification } from '@/freshness/plugin/hooks/trackVerification'
import { formatDanishDate } from '@/domain/danishDate'

const DAY = 86_400_000
/** 06:00 in Copenhagen (winter) on a day counted from 2026-01-01. */
const morning = (day: number) => new Date(Date.UTC(2026, 0, 1, 5, 0) + day * DAY)

/**
 * Runs the daily reminder plan for one listing over `days` days, remembering what was sent as the
 * job does (src/freshness/reminders.ts), and returns on which days owners and the secretariat were
 * told.
 */
function simulate(lastVerifiedAt: Date, days: number, runsPerDay = 1) {
  let memory = null as ReminderMemory | null
  const reminded: number[] = []
  const escalated: number[] = []
  for (let day = 0; day < days; day++) {
    for (let run = 0; run < runsPerDay; run++) {
      const now = new Date(morning(day).getTime() + run * 3_600_000)
      const review = reviewState({ lastVerifiedAt, createdAt: lastVerifiedAt }, 6, now)
      const plan = planReminder(review, memory, now)
      const sameCycle: boolean =
        memory !== null && new Date(memory.cycleDueAt).getTime() === review.nextReviewAt.getTime()
      if (plan.remind) reminded.push(day)
      if (plan.escalate) escalated.push(day)
      memory = {
        cycleDueAt: review.nextReviewAt,
        lastRemindedAt: plan.remind ? now : sameCycle ? (memory?.lastRemindedAt ?? null) : null,
        secretariatToldAt: plan.escalate
          ? now
          : sameCycle
            ? (memory?.secretariatToldAt ?? null)
            : null,
      }
    }
  }
  return { reminded, escalated }
}

describe('review reminders (planReminder)', () => {
  // Verified 1 July 2025 at noon: the review is due 1 January 2026 (6 months).
  const verified = new Date('2025-07-01T12:00:00.000Z')

  it('reminds once when due, when it turns overdue, weekly while overdue, and tells the secretariat once after 30 days', () => {
    // Review date 11 December 2025: already due on day 0.
    const start = new Date('2025-06-11T12:00:00.000Z')
    const { reminded, escalated } = simulate(start, 70)
    const gaps = reminded.slice(1).map((day, i) => day - reminded[i]!)
    expect(reminded.length).toBeGreaterThan(3)
    expect(gaps.every((gap) => gap >= 1)).toBe(true)
    expect(gaps.slice(1).every((gap) => gap === 7)).toBe(true)
    expect(escalated).toHaveLength(1)
  })

  it('follows a whole cycle day by day: once when due, when overdue, then every 7 days', () => {
    // Review date 1 January 2026 12:00 UTC; the job runs at 06:00 from 1 December 2025 (day −31).
    // Due from 14 days before (day −13 at 06:00), overdue from day 1 at 06:00.
    let memory = null as ReminderMemory | null
    const events: string[] = []
    for (let day = -31; day <= 45; day++) {
      const now = morning(day)
      const review = reviewState({ lastVerifiedAt: verified, createdAt: verified }, 6, now)
      const plan = planReminder(review, memory, now)
      if (plan.remind) events.push(`${plan.reason}:${day}`)
      if (plan.escalate) events.push(`secretariat:${day}`)
      memory = {
        cycleDueAt: review.nextReviewAt,
        lastRemindedAt: plan.remind ? now : (memory?.lastRemindedAt ?? null),
        secretariatToldAt: plan.escalate ? now : (memory?.secretariatToldAt ?? null),
      }
    }
    expect(events).toEqual([
      'due:-13',
      'overdue:1',
      'overdue:8',
      'overdue:15',
      'overdue:22',
      'overdue:29',
      'secretariat:30',
      'overdue:36',
      'overdue:43',
    ])
  })

  it('never reminds twice on one day, however often the job runs', () => {
    const once = simulate(new Date('2025-06-11T12:00:00.000Z'), 70, 1)
    const often = simulate(new Date('2025-06-11T12:00:00.000Z'), 70, 6)
    expect(often).toEqual(once)
  })

  it('starts afresh after a verification (a new review date)', () => {
    const now = morning(10)
    const overdue = reviewState({ lastVerifiedAt: verified, createdAt: verified }, 6, now)
    const memory: ReminderMemory = {
      cycleDueAt: overdue.nextReviewAt,
      lastRemindedAt: morning(8),
      secretariatToldAt: morning(9),
    }
    expect(planReminder(overdue, memory, now).remind).toBe(false)
    const reverified = new Date(now.getTime() - 170 * DAY)
    const due = reviewState({ lastVerifiedAt: reverified, createdAt: verified }, 6, now)
    expect(due.state).toBe('due')
    expect(planReminder(due, memory, now)).toMatchObject({ remind: true, reason: 'due' })
  })

  it('leaves fresh listings alone', () => {
    const now = morning(0)
    const fresh = reviewState({ lastVerifiedAt: now, createdAt: now }, 6, now)
    expect(planReminder(fresh, null, now)).toEqual({
      remind: false,
      escalate: false,
      reason: null,
    })
  })

  it('counts days on the Copenhagen calendar', () => {
    expect(daysBetween(new Date('2026-03-28T22:59:00Z'), new Date('2026-03-28T23:01:00Z'))).toBe(1)
    expect(daysBetween(morning(0), new Date(morning(0).getTime() + 12 * 3_600_000))).toBe(0)
  })
})

describe('what the page says about verification', () => {
  const da = freshnessLabels.da
  const date = (value: string) => formatDanishDate(value)
  it('names who confirmed it and when', () => {
    const at = '2026-11-02T12:00:00.000Z'
    expect(verificationText({ lastVerifiedAt: at, lastVerifiedHow: 'owner' }, da, date)).toBe(
      'Bekræftet af udbyderen 2. november 2026',
    )
    expect(verificationText({ lastVerifiedAt: at, lastVerifiedHow: 'consultant' }, da, date)).toBe(
      'Kontrolleret af sekretariatet 2. november 2026',
    )
    expect(verificationText({ lastVerifiedAt: at, lastVerifiedHow: 'imported' }, da, date)).toBe(
      '2. november 2026 (importeret)',
    )
    expect(verificationText({ lastVerifiedAt: null }, da, date)).toBe('Ikke kontrolleret endnu')
  })
  it('marks an overdue listing »Ikke bekræftet siden …«, and only an overdue one', () => {
    const now = new Date('2026-12-01T10:00:00.000Z')
    const listing = {
      lastVerifiedAt: '2026-04-02T12:00:00.000Z',
      nextReviewAt: '2026-10-02T12:00:00.000Z',
    }
    expect(unverifiedText(listing, da, date, now)).toBe('Ikke bekræftet siden 2. april 2026')
    expect(
      unverifiedText({ ...listing, nextReviewAt: '2026-12-02T12:00:00.000Z' }, da, date, now),
    ).toBe(null)
    expect(
      unverifiedText({ lastVerifiedAt: null, nextReviewAt: listing.nextReviewAt }, da, date, now),
    ).toBe('Ikke bekræftet')
  })
})

describe('review interval per kind', () => {
  it('comes from the plugin options, the environment overriding them', () => {
    const options = sanitizeFreshnessOptions(
      { collections: { offers: { intervalMonths: 6 }, mentors: {} } },
      'offers=3',
    )
    expect(options.intervalMonths).toEqual({ offers: 3, mentors: 6 })
    expect(intervalsFromEnv(' offers = 3 , mentors=12')).toEqual({ offers: 3, mentors: 12 })
  })
  it('refuses what it cannot read, with the reason', () => {
    expect(() => intervalsFromEnv('offers:3')).toThrow(/REVIEW_INTERVAL_MONTHS: »offers:3«/)
    expect(() => sanitizeFreshnessOptions({ collections: { offers: {} } }, 'mentors=3')).toThrow(
      /»mentors« is not one of offers/,
    )
    expect(() =>
      sanitizeFreshnessOptions({ collections: { offers: { intervalMonths: 0 } } }, ''),
    ).toThrow(/1–36 months/)
  })
})

describe('trackVerification (the hook that derives a listing’s verification)', () => {
  const hook = trackVerification(
    sanitizeFreshnessOptions({ collections: { offers: { intervalMonths: 6 } } }, ''),
  )
  const run = (args: {
    data: Record<string, unknown>
    originalDoc?: Record<string, unknown>
    user?: { id: number; role: string } | null
    context?: Record<string, unknown>
  }) =>
    hook({
      collection: { slug: 'offers' },
      data: args.data,
      originalDoc: args.originalDoc,
      operation: args.originalDoc ? 'update' : 'create',
      req: { user: args.user ?? null, context: args.context ?? {} },
      context: args.context ?? {},
    } as never) as Record<string, unknown>

  const original = {
    createdAt: '2025-01-10T09:00:00.000Z',
    lastVerifiedAt: '2026-01-05T12:00:00.000Z',
    lastVerifiedBy: 3,
    lastVerifiedHow: 'owner',
  }

  it('computes the next review from the last verification and the interval, whatever was sent', () => {
    const out = run({
      data: { title: 'x', nextReviewAt: '2099-01-01T12:00:00.000Z' },
      originalDoc: original,
    })
    expect(out.nextReviewAt).toBe('2026-07-05T12:00:00.000Z')
    expect(out).toMatchObject({
      lastVerifiedAt: original.lastVerifiedAt,
      lastVerifiedBy: 3,
      lastVerifiedHow: 'owner',
    })
  })

  it('keeps an imported date and says so', () => {
    const out = run({
      data: { lastVerifiedAt: '2026-03-01T12:00:00.000Z' },
      context: { importing: true },
    })
    expect(out).toMatchObject({
      lastVerifiedAt: '2026-03-01T12:00:00.000Z',
      lastVerifiedBy: null,
      lastVerifiedHow: 'imported',
      nextReviewAt: '2026-09-01T12:00:00.000Z',
    })
  })

  it('counts a consultant publishing a change awaiting review as a verification', () => {
    const before = Date.now()
    const out = run({
      data: { _status: 'published', review: { status: 'awaiting-review' } },
      originalDoc: original,
      user: { id: 7, role: 'consultant' },
    })
    expect(out.lastVerifiedHow).toBe('review')
    expect(out.lastVerifiedBy).toBe(7)
    expect(Date.parse(out.lastVerifiedAt as string)).toBeGreaterThanOrEqual(before)
  })

  it('does not count an NGO editor’s own save, nor a consultant’s save without a pending change', () => {
    for (const args of [
      {
        data: { _status: 'draft', review: { status: 'awaiting-review' } },
        user: { id: 9, role: 'ngo-editor' },
      },
      {
        data: { _status: 'published', review: { status: null } },
        user: { id: 7, role: 'consultant' },
      },
    ]) {
      const out = run({ ...args, originalDoc: original })
      expect(out).toMatchObject({
        lastVerifiedAt: original.lastVerifiedAt,
        lastVerifiedHow: 'owner',
      })
    }
  })
})
