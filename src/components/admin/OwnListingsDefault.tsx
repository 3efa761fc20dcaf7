import type { BeforeListServerProps } from 'payload'
import { redirect } from 'next/navigation'

import { allDocumentsQuery, ownDocumentsQuery } from '@/moderation/ownListings'

type SearchParams = Record<string, string | string[] | undefined>

/**
 * Above the list of a moderated collection, for an NGO editor: the list opens on their own
 * organization's documents, as a filter they see in the list's filters and can lift ("Vis alle").
 */
export function OwnListingsDefault({
  collectionConfig,
  payload,
  searchParams,
  user,
}: BeforeListServerProps) {
  const own = ownDocumentsQuery(collectionConfig.slug, user)
  if (!own) return null
  const params = (searchParams ?? {}) as SearchParams
  const base = `${payload.config.routes.admin}/collections/${collectionConfig.slug}`
  const filtered = Object.keys(params).some((key) => key.startsWith('where') || key === 'search')
  if (!filtered) {
    const keep = new URLSearchParams()
    for (const [key, value] of Object.entries(params)) {
      for (const item of Array.isArray(value) ? value : value ? [value] : []) keep.append(key, item)
    }
    const rest = keep.toString()
    redirect(`${base}?${own}${rest ? `&${rest}` : ''}`)
  }
  const showsOwn = new URLSearchParams(own).entries().next().value
  const isOwn = showsOwn ? params[showsOwn[0]] === showsOwn[1] : false
  return (
    <p className="own-listings-notice" data-own-listings={isOwn ? 'own' : 'all'}>
      {isOwn ? (
        <>
          Viser din organisations {collectionConfig.slug === 'organizations' ? 'side' : 'opslag'}.{' '}
          <a href={`${base}?${allDocumentsQuery}`}>Vis alle, du kan se</a>
        </>
      ) : (
        <>
          <a href={`${base}?${own}`}>Vis kun din organisations opslag</a>
        </>
      )}
    </p>
  )
}
