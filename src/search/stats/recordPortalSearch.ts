import { headers } from 'next/headers'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { searchQueryString, type SearchParams } from '../query/params'
import { countSearch } from './record'
import { sessionOf } from './session'

/** Counts a search of the portal's results page (page 1 only), without waiting for the write. */
export async function recordPortalSearch(
  payload: Payload,
  params: SearchParams,
  total: number,
  user: User | null,
) {
  if (params.page !== 1) return
  const requestHeaders = await headers()
  // A prefetch of a link to a results page is not a search anybody saw.
  if (requestHeaders.get('next-router-prefetch')) return
  const session = sessionOf(requestHeaders, user)
  countSearch(payload, { q: params.q, query: searchQueryString(params), total }, session)
}
