import type { z } from 'zod'

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
