import { copenhagenDay } from '@/domain/danishDate'

import type { ImplementationStatus } from './options'

export type PlanItem = {
  activity?: string | null
  responsible?: string | null
  deadline?: string | null
  status?: ImplementationStatus | string | null
}

export type FlaggedPlanItem = PlanItem & { overdue: boolean; deadlineDay?: string }

/** The Copenhagen day of a stored date (or undefined). */
export const dayOf = (value: string | null | undefined): string | undefined =>
  value ? copenhagenDay(new Date(value)) : undefined

/**
 * The implementation plan with overdue items flagged: not done, and the deadline's day is before
 * today's day in Copenhagen on the given clock. Sorted by deadline, items without one last.
 */
export function flagOverdue(
  items: readonly PlanItem[] | null | undefined,
  now: Date,
): FlaggedPlanItem[] {
  const today = copenhagenDay(now)
  return (items ?? [])
    .map((item) => {
      const deadlineDay = dayOf(item.deadline)
      return {
        ...item,
        deadlineDay,
        overdue: Boolean(deadlineDay && item.status !== 'done' && deadlineDay < today),
      }
    })
    .sort((a, b) => (a.deadlineDay ?? '9999').localeCompare(b.deadlineDay ?? '9999'))
}

/** Due to be revisited together: the agreement's date has come (same clock). */
export const revisitDue = (revisitOn: string | null | undefined, now: Date): boolean => {
  const day = dayOf(revisitOn)
  return Boolean(day && day <= copenhagenDay(now))
}
