import type { GeoPlace, GeoPoint } from './distance'
import { spreadKm } from './distance'

/**
 * What a search document carries of a listing's places.
 *
 * Meilisearch holds one `_geo` point per document, and a listing may have several places. The
 * rule: one document per listing (totals, facets and paging count listings, not places), whose
 * `_geo` is its main place, the first with coordinates in the editor's order; `geoPlaces` are all
 * its places with coordinates, so that the distance shown (and the order of a distance sort, see
 * src/geo/rank.ts) is the one to its nearest place; `geoSpreadKm` is how much nearer than the main
 * place another place can be, which bounds how far Meilisearch's order can be from the exact one.
 */
export type GeoDocumentFields = {
  _geo?: GeoPoint
  geoPlaces: GeoPlace[]
  geoSpreadKm: number
}

type Location = {
  name?: string | null
  address?: string | null
  postalCode?: string | null
  city?: string | null
  latitude?: number | null
  longitude?: number | null
}

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** The places of a listing that have coordinates, labelled as the card names them. */
export function placesOf(locations: readonly Location[] | null | undefined): GeoPlace[] {
  return (locations ?? []).flatMap((location) =>
    finite(location.latitude) && finite(location.longitude)
      ? [
          {
            lat: location.latitude,
            lng: location.longitude,
            label: [location.name, location.city].filter(Boolean).join(', ') || '',
          },
        ]
      : [],
  )
}

export function geoDocumentFields(
  locations: readonly Location[] | null | undefined,
): GeoDocumentFields {
  const places = placesOf(locations)
  const main = places[0]
  return {
    ...(main ? { _geo: { lat: main.lat, lng: main.lng } } : {}),
    geoPlaces: places,
    geoSpreadKm: Math.round(spreadKm(places) * 1000) / 1000,
  }
}

/** Legislation notes and other documents without places. */
export const noGeo: GeoDocumentFields = { geoPlaces: [], geoSpreadKm: 0 }
