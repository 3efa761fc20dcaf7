import { z } from 'zod'

import { DENMARK, type GeoPoint, inDenmark } from './distance'

/**
 * The distance parameters of a search (`GET /api/search` and /soeg): `near=<lat>,<lng>` (the
 * browser's position, »nær mig«) or `postnr=<code>` (»nær postnummer«), `sort=distance`, and
 * `radius=<km>`, which keeps listings whose main place lies within that distance.
 */
export const nearSchema = z
  .string()
  .trim()
  .regex(
    /^-?\d{1,2}(\.\d{1,8})?,\s?-?\d{1,3}(\.\d{1,8})?$/,
    'must be latitude,longitude in decimal degrees, e.g. 55.4580,12.1850',
  )
  .transform((value): GeoPoint => {
    const [lat, lng] = value.split(',').map((part) => Number(part.trim()))
    return { lat: lat!, lng: lng! }
  })
  .refine(
    inDenmark,
    `must lie in Denmark (latitude ${DENMARK.minLat}–${DENMARK.maxLat}, longitude ${DENMARK.minLng}–${DENMARK.maxLng})`,
  )

export const postnrSchema = z
  .string()
  .trim()
  .regex(/^\d{4}$/, 'must be a four-digit Danish postal code, e.g. 4600')

export const MAX_RADIUS_KM = 300
export const radiusSchema = z.coerce
  .number()
  .int('must be a whole number of kilometres')
  .min(1, 'must be at least 1 (km)')
  .max(MAX_RADIUS_KM, `must be at most ${MAX_RADIUS_KM} (km)`)

/** Four decimals (about 10 m): enough for a distance, and the address keeps no finer position. */
export function formatNear({ lat, lng }: GeoPoint): string {
  return `${lat.toFixed(4)},${lng.toFixed(4)}`
}

type GeoParams = { sort: string; near?: GeoPoint; postnr?: string; radius?: number }

/** Rules between the parameters: one starting point, and distance needs one. */
export function geoParamErrors(params: GeoParams): Array<{ param: string; message: string }> {
  const errors: Array<{ param: string; message: string }> = []
  if (params.near && params.postnr) {
    errors.push({ param: 'postnr', message: 'give either near or postnr, not both' })
  }
  const point = params.near ?? params.postnr
  if (params.sort === 'distance' && !point) {
    errors.push({ param: 'sort', message: 'sort=distance needs near or postnr' })
  }
  if (params.radius !== undefined && !point) {
    errors.push({ param: 'radius', message: 'radius needs near or postnr' })
  }
  return errors
}
