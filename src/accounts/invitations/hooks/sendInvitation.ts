import type { CollectionAfterChangeHook } from 'payload'

import { sendInvitationMail } from '../send'

/** A new invitation is mailed at once, in the creating transaction (queued, sent by the job). */
export const sendInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await sendInvitationMail(req.payload, Number(doc.id), { req })
  return doc
}
