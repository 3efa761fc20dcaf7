'use client'

import { NavGroup, useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'

import { organizationOf } from '@/access/organizationOf'
import { ownDocumentsQuery } from '@/moderation/ownListings'

const links = [
  { collection: 'offers', label: 'Mine tilbud' },
  { collection: 'mentors', label: 'Mine mentorordninger' },
  { collection: 'school-options', label: 'Mine skoletilbud' },
] as const

/** "Mine opslag" in the admin navigation, for an NGO editor: their organization's lists. */
export function MyListingsNavLinks() {
  const { user } = useAuth<{ role?: string; organization?: unknown }>()
  const {
    config: {
      routes: { admin },
      collections,
    },
  } = useConfig()
  const organization = organizationOf(user)
  if (!organization) return null
  const present = new Set(collections.map((collection) => collection.slug))
  return (
    <NavGroup label="Mine opslag">
      {links
        .filter(({ collection }) => present.has(collection))
        .map(({ collection, label }) => (
          <Link
            key={collection}
            className="nav__link"
            href={`${admin}/collections/${collection}?${ownDocumentsQuery(collection, user)}`}
          >
            <span className="nav__link-label">{label}</span>
          </Link>
        ))}
      <Link className="nav__link" href={`${admin}/collections/organizations/${organization}`}>
        <span className="nav__link-label">Min organisation</span>
      </Link>
    </NavGroup>
  )
}
