import Link from 'next/link'

import { paths } from '@/domain/urls'
import { contentLang, type Dictionary, type Locale } from '@/i18n'
import { getPortalPayload, getViewer } from '@/queries/session'

import { MapOfPlaces } from './MapOfPlaces'

const collections = [
  ['offer', 'offers'],
  ['mentor', 'mentors'],
  ['school-option', 'school-options'],
] as const

/**
 * Where an organization's listings take place: the addresses as a list (always), and the map
 * above it when a tile server is configured. Read with the reader's access.
 */
export async function OrganizationPlaces({
  organizationId,
  locale,
  t,
}: {
  organizationId: number
  locale: Locale
  t: Dictionary
}) {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const found = await Promise.all(
    collections.map(async ([kind, collection]) => {
      const { docs } = await payload.find({
        collection,
        where: { provider: { equals: organizationId } },
        select: { title: true, slug: true, locations: true },
        sort: 'title',
        depth: 0,
        limit: 200,
        pagination: false,
        overrideAccess: false,
        user,
      })
      return docs.map((doc) => ({ kind, doc }))
    }),
  )
  const rows = found.flat().flatMap(({ kind, doc }) =>
    (doc.locations ?? []).map((location, index) => ({
      key: `${kind}-${doc.id}-${location.id ?? index}`,
      title: doc.title,
      href: paths.document(kind, doc.slug ?? String(doc.id), locale),
      location,
    })),
  )
  if (rows.length === 0) return null
  const lang = contentLang(locale)
  const places = rows.flatMap(({ title, location }) =>
    typeof location.latitude === 'number' && typeof location.longitude === 'number'
      ? [
          {
            lat: location.latitude,
            lng: location.longitude,
            label: `${title}: ${location.city ?? ''}`,
          },
        ]
      : [],
  )
  return (
    <section aria-labelledby="steder" data-places="">
      <h2 id="steder">{t.geo.places}</h2>
      <MapOfPlaces places={places} t={t} />
      <ul className="location-list">
        {rows.map(({ key, title, href, location }) => (
          <li key={key} lang={lang}>
            <Link href={href}>{title}</Link>
            {location.name ? <strong>{location.name}</strong> : null}
            <span>
              {location.address}, {location.postalCode} {location.city}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
