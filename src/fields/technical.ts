import type { Condition } from 'payload'

import { checkRole } from '@/access/checkRole'

/**
 * Technical fields (the import key, the page address) are filled automatically; NGO editors never
 * need them, so the admin does not show them to them. Hidden only in the form: the values stay.
 */
export const notForNgoEditors: Condition = (_data, _siblingData, { user }) =>
  !checkRole(['ngo-editor'], user as { role?: string } | null)
