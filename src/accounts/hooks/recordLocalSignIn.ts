import type { CollectionAfterLoginHook } from 'payload'

import { jobClockNow } from '@/freshness/clock'

import { recordSignIn } from '../deactivate'

/** A password login (or a password reset, which signs in) is a sign-in: the count starts again. */
export const recordLocalSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordSignIn(req.payload, Number(user.id), jobClockNow(), req)
  return user
}
