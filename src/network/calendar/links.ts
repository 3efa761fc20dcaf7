import type { Access, CollectionConfig, Payload } from 'payload'

import { checkRole } from '@/access/checkRole'
import { nobody } from '@/access/nobody'
import { signToken, verifyToken, type TokenCheck } from '@/mail/signedLinks'
import { relationId } from '@/utilities/relationId'

export const CALENDAR_LINKS_SLUG = 'network-calendar-links'
export const CALENDAR_PURPOSE = 'network-calendar'
/** A calendar subscription lives long; it ends when revoked (or after five years). */
const LINK_YEARS = 5

/** Each person their own links; the secretariat all (to revoke one for someone who left). */
const ownLinksOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return { user: { equals: user.id } }
}

/**
 * A person's iCalendar link to a network's plan that is not public: calendar clients send no
 * cookie, so the URL carries a signed token naming this row. Revoking the row (a new link, or the
 * secretariat) ends the old URL at once; the feed also checks that the person still may read the
 * network and that their account is open. Written by the portal's own code only.
 */
export const NetworkCalendarLinks: CollectionConfig = {
  slug: CALENDAR_LINKS_SLUG,
  labels: {
    singular: { da: 'Kalenderlink', en: 'Calendar link' },
    plural: { da: 'Kalenderlinks', en: 'Calendar links' },
  },
  access: { read: ownLinksOrAdmin, create: nobody, update: nobody, delete: nobody },
  admin: {
    group: { da: 'Netværk', en: 'Networks' },
    defaultColumns: ['user', 'network', 'createdAt', 'revokedAt'],
    hidden: ({ user }) => !checkRole(['admin'], user as { role?: string | null }),
  },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { da: 'Person', en: 'Person' },
    },
    {
      name: 'network',
      type: 'relationship',
      relationTo: 'networks',
      required: true,
      index: true,
      label: { da: 'Netværk', en: 'Network' },
    },
    {
      name: 'revokedAt',
      type: 'date',
      index: true,
      label: { da: 'Tilbagekaldt', en: 'Revoked' },
    },
  ],
}

/**
 * The token of a link, the same every time for the same row (it expires five years after the
 * row was made), so the page can show a person their current link without storing it.
 */
export const calendarToken = (link: { id: number; createdAt: string }) =>
  signToken({
    purpose: CALENDAR_PURPOSE,
    subject: `cal:${link.id}`,
    expiresAt: new Date(new Date(link.createdAt).getTime() + LINK_YEARS * 365 * 86_400_000),
  })

export function readCalendarToken(
  token: unknown,
  now = new Date(),
): { ok: true; linkId: number } | Extract<TokenCheck, { ok: false }> {
  const check = verifyToken(token, CALENDAR_PURPOSE, now)
  if (!check.ok) return check
  const match = /^cal:(\d{1,10})$/.exec(check.subject)
  if (!match) return { ok: false, reason: 'malformed' }
  return { ok: true, linkId: Number(match[1]) }
}

/** The person's active link to the network, or none. */
export async function activeCalendarLink(payload: Payload, userId: number, networkId: number) {
  // access: the person's own link, looked up for them by the portal.
  const { docs } = await payload.find({
    collection: CALENDAR_LINKS_SLUG as 'network-calendar-links',
    where: {
      and: [
        { user: { equals: userId } },
        { network: { equals: networkId } },
        { revokedAt: { exists: false } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]
}

/**
 * A new link for the person (the old ones of the same network are revoked in the same go): what
 * »Lav nyt kalenderlink« does when a link was shared by mistake.
 */
export async function issueCalendarLink(
  payload: Payload,
  userId: number,
  networkId: number,
  now = new Date(),
): Promise<string> {
  // access: the portal writes the person's own links; nobody may over the API.
  await payload.update({
    collection: CALENDAR_LINKS_SLUG as 'network-calendar-links',
    where: {
      and: [
        { user: { equals: userId } },
        { network: { equals: networkId } },
        { revokedAt: { exists: false } },
      ],
    },
    data: { revokedAt: now.toISOString() },
    depth: 0,
    overrideAccess: true,
  })
  const link = await payload.create({
    collection: CALENDAR_LINKS_SLUG as 'network-calendar-links',
    data: { user: userId, network: networkId },
    depth: 0,
    overrideAccess: true,
  })
  return calendarToken(link)
}

/** The link named by a token, if it is still good (not revoked). */
export async function liveCalendarLink(payload: Payload, linkId: number) {
  // access: the feed reads the row its signed token names.
  const link = await payload.findByID({
    collection: CALENDAR_LINKS_SLUG as 'network-calendar-links',
    id: linkId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!link || link.revokedAt) return undefined
  return { user: relationId(link.user), network: relationId(link.network) }
}
