/** A point on the earth in degrees (WGS 84, as listings' locations store them). */
export type GeoPoint = { lat: number; lng: number }

/** A listing's place with coordinates, as its search document carries it. */
export type GeoPlace = GeoPoint & { label: string }

const EARTH_RADIUS_KM = 6371.0088

/** Great-circle distance in kilometres (haversine; Meilisearch's `_geoPoint` uses the same). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The place nearest to `origin` and its distance, or null when there is no place. */
export function nearestPlace<P extends GeoPoint>(
  places: readonly P[],
  origin: GeoPoint,
): { place: P; km: number } | null {
  let best: { place: P; km: number } | null = null
  for (const place of places) {
    const km = distanceKm(origin, place)
    if (!best || km < best.km) best = { place, km }
  }
  return best
}

/**
 * How far a listing's other places lie from its main one (the first): the most its nearest
 * place can be closer than its main place. 0 for a listing with one place.
 */
export function spreadKm(places: readonly GeoPoint[]): number {
  const [main, ...others] = places
  if (!main) return 0
  return others.reduce((most, place) => Math.max(most, distanceKm(main, place)), 0)
}

/** Denmark's bounds as the listing fields admit them (Bornholm and Skagen included). */
export const DENMARK = { minLat: 54.5, maxLat: 57.8, minLng: 8, maxLng: 15.3 } as const

export const inDenmark = ({ lat, lng }: GeoPoint) =>
  lat >= DENMARK.minLat && lat <= DENMARK.maxLat && lng >= DENMARK.minLng && lng <= DENMARK.maxLng

/** Distances are shown rounded: to 100 m below 10 km, to whole kilometres above. */
export function roundKm(km: number): number {
  return km < 10 ? Math.round(km * 10) / 10 : Math.round(km)
}
