import { distanceKm, type GeoPlace, type GeoPoint, nearestPlace } from './distance'

/** What ranking by distance needs of a search document. */
export type Placed = { geoPlaces?: GeoPlace[] | null }

export type Distance = { km: number; place: string } | null

/** The distance from `origin` to a document's nearest place (null: it has none). */
export function distanceOf(document: Placed, origin: GeoPoint): Distance {
  const nearest = nearestPlace(document.geoPlaces ?? [], origin)
  return nearest ? { km: nearest.km, place: nearest.place.label } : null
}

/**
 * Orders a window of candidates by the distance to their nearest place.
 *
 * Meilisearch sorts by each document's main place (`_geo`, see ./searchFields.ts) and gives the
 * window `[0, window.length)` of that order. A document outside the window has its main place at
 * least as far as the window's last one, so its nearest place is at least that far less the largest
 * spread (`spreadMaxKm`, the most any candidate's other place is nearer than its main place). The
 * first `depth` documents of the re-ordered window are therefore exact (`settled`) when all of them
 * are within that bound, or when the window holds every candidate. Documents without places come
 * last, in Meilisearch's order, as Meilisearch puts them.
 */
export function rankByDistance<T extends Placed>(
  window: readonly T[],
  origin: GeoPoint,
  { depth, total, spreadMaxKm }: { depth: number; total: number; spreadMaxKm: number },
): { ranked: Array<{ item: T; distance: Distance }>; settled: boolean } {
  const measured = window.map((item, order) => ({
    item,
    order,
    distance: distanceOf(item, origin),
  }))
  const ranked = [...measured].sort(
    (a, b) => (a.distance?.km ?? Infinity) - (b.distance?.km ?? Infinity) || a.order - b.order,
  )
  if (window.length >= total) return { ranked, settled: true }
  const last = window[window.length - 1]
  const lastMain = last?.geoPlaces?.[0]
  // Meilisearch sorts documents without a place after all others: every placed one is here.
  if (!lastMain) return { ranked, settled: true }
  const bound = distanceKm(origin, lastMain) - spreadMaxKm
  const wanted = ranked.slice(0, depth)
  const settled =
    wanted.length >= Math.min(depth, total) &&
    wanted.every((entry) => entry.distance !== null && entry.distance.km <= bound)
  return { ranked, settled }
}

/** How many candidates the first request asks for: the page's depth and as much again. */
export const firstWindow = (depth: number) => Math.min(Math.max(2 * depth, depth + 40), MAX_WINDOW)
/** The most a distance search reads in one request (Meilisearch's maxTotalHits is 5000). */
export const MAX_WINDOW = 1000
