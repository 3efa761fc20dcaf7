import type { z } from 'zod'

import { todayInDenmark } from '@/domain/rules'

/**
 * Adapts a domain rule (zod) to a Payload field validator: empty values pass (Payload's `required`
 * handles presence), anything else must satisfy the rule, and the rule's Danish message is shown.
 */
export const validateWith =
  (schema: z.ZodType) =>
  (value: unknown): true | string => {
    if (value === null || value === undefined || value === '') return true
    const result = schema.safeParse(value)
    return result.success ? true : (result.error.issues[0]?.message ?? 'Ugyldig værdi.')
  }

/** A Payload date value (ISO timestamp) as the Danish calendar day it falls on. */
export const calendarDay = (value: unknown): string | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : todayInDenmark(date)
}
