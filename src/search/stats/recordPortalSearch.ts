import { headers } from 'next/headers'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { searchQueryString, type SearchParams } from '../query/params'
import { recordSearch } from './record'
import { sessionOf } from './session'

/** Counts a search of the portal's results page (page 1 only), without waiting for the write. */
export async function recordPortalSearch(
  payload: Payload,
  params: SearchParams,
  total: number,
  user: User | null,
) {
  if (params.page !== 1) return
  const session = sessionOf(await headers(), user)
  void recordSearch(payload, { q: params.q, query: searchQueryString(params), total }, session)
}
