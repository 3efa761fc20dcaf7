import type { Payload } from 'payload'

import type { GeoPoint } from './distance'
import { postalCodeCentres } from './postalCodes'

/** Where distances are measured from: the reader's position or a postal code's centre. */
export type SearchOrigin = GeoPoint & { postnr?: string; city?: string }

/** A search parameter that is well-formed but names nothing the portal knows (400, not 500). */
export class SearchInputError extends Error {
  constructor(readonly errors: Array<{ param: string; message: string }>) {
    super(errors.map((error) => `${error.param}: ${error.message}`).join('; '))
    this.name = 'SearchInputError'
  }
}

/** The origin of a search's distances, or null when it asks for none. */
export async function resolveOrigin(
  payload: Payload,
  params: { near?: GeoPoint; postnr?: string },
): Promise<SearchOrigin | null> {
  if (params.near) return { lat: params.near.lat, lng: params.near.lng }
  if (!params.postnr) return null
  const centre = (await postalCodeCentres(payload)).get(params.postnr)
  if (!centre) {
    throw new SearchInputError([
      {
        param: 'postnr',
        message: `unknown postal code ${params.postnr}: no published public listing has a place there`,
      },
    ])
  }
  return { lat: centre.lat, lng: centre.lng, postnr: centre.postalCode, city: centre.city }
}
