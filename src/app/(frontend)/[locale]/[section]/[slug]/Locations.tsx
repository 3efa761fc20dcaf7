import { relationId } from '@/utilities/relationId'

import { MapOfPlaces } from '@/geo/components/MapOfPlaces'
import { placesOf } from '@/geo/searchFields'

import type { ListingView } from './view'

/** Where the listing takes place. */
export function Locations({ view }: { view: ListingView }) {
  const { listing, t, lang, reference } = view
  const l = t.listing
  const locations = listing.locations ?? []
  if (!(locations.length > 0)) return null
  return (
    <section aria-labelledby="hvor" className="listing__section">
      <h2 id="hvor">{l.where}</h2>
      <MapOfPlaces places={placesOf(locations)} t={t} />
      <ul className="location-list">
        {locations.map((location, index) => {
          const municipality = reference.municipalityById.get(
            relationId(location.municipality) ?? -1,
          )
          return (
            <li key={location.id ?? index} lang={lang}>
              {location.name ? <strong>{location.name}</strong> : null}
              <span>
                {location.address}, {location.postalCode} {location.city}
              </span>
              {municipality ? <span className="muted">{municipality.name}</span> : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
