import 'server-only'

import config from '@payload-config'
import { headers } from 'next/headers'
import { executeAuthStrategies, getPayload, type Payload } from 'payload'
import { cache } from 'react'

import { checkRole } from '@/access/checkRole'
import { staffRoles } from '@/access/roles'
import type { User } from '@/payload-types'

export const getPortalPayload = cache((): Promise<Payload> => getPayload({ config }))

/**
 * The reader of this request: the logged-in user from the Payload session cookie, or null.
 * Every read passes this user with `overrideAccess: false`, so collection and field access decide
 * what the page may show. One per request (React cache), shared by layout, page and metadata.
 */
export const getViewer = cache(async (): Promise<User | null> => {
  // Request data first: it marks the page dynamic before any service is touched.
  const requestHeaders = await headers()
  const payload = await getPortalPayload()
  // Anonymous readers carry no session cookie: no query is needed to know that.
  const cookieName = `${payload.config.cookiePrefix}-token=`
  if (!requestHeaders.get('cookie')?.includes(cookieName)) return null
  // Only who it is: `payload.auth` would also work out the user's permissions on every
  // collection (access functions with queries of their own), which no page uses.
  const { user } = await executeAuthStrategies({ headers: requestHeaders, payload })
  return user && user.collection === 'users' ? (user as User) : null
})

/** Professionals who may see internal listings and fields. */
export const isProfessional = (user: User | null) => checkRole(staffRoles, user)
