import type { CollectionBeforeOperationHook, SelectType } from 'payload'
import { getSelectMode } from 'payload/shared'

/**
 * hideInternalContacts keeps only the contacts that say they are public, so a `select` of some
 * contact fields (`select[contacts][email]=true`) selects their `internal` flag too; without it every
 * contact would be dropped for the public. A `select` that excludes the flag is left as it is: it
 * hides every contact from readers who may not read internal ones.
 */
export const selectContactFlag: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read') return args
  const select = args.select as SelectType | undefined
  const contacts = select?.contacts
  if (!select || !contacts || typeof contacts !== 'object') return args
  if (getSelectMode(select) !== 'include') return args
  return { ...args, select: { ...select, contacts: { ...contacts, internal: true } } }
}
