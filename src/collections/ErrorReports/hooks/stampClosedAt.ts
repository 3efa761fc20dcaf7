import type { CollectionBeforeChangeHook } from 'payload'

import { isClosedStatus } from '@/domain/errorReports'
import type { ErrorReport } from '@/payload-types'

/**
 * Records when a report was closed (fixed or rejected), which starts the 30 days after which the
 * reporter's e-mail address is deleted; reopening clears it. Typed by nobody.
 */
export const stampClosedAt: CollectionBeforeChangeHook<ErrorReport> = ({
  data,
  originalDoc,
  operation,
}) => {
  const status = data.status ?? originalDoc?.status
  const wasClosed = operation === 'update' && isClosedStatus(originalDoc?.status)
  if (isClosedStatus(status)) {
    if (!wasClosed || !originalDoc?.closedAt) data.closedAt = new Date().toISOString()
    else data.closedAt = originalDoc.closedAt
  } else {
    data.closedAt = null
  }
  return data
}
