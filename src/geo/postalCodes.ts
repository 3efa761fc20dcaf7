import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { sqlRows } from '@/utilities/sqlRows'

import type { GeoPoint } from './distance'

/**
 * Centres of Danish postal codes, for »nær postnummer«.
 *
 * No open table of postal-code centres could be obtained here (the machine has no internet, and
 * the npm registry holds no package bundling DAWA/Dataforsyningen data with a stated licence), so
 * the centres are derived from the portal's own data: the mean of the coordinates of the places
 * of published public listings in each postal code. A postal code without such a place is not
 * known; the page and the API say so. Internal listings are left out, so that the list of known
 * postal codes reveals nothing about them.
 */
export type PostalCodeCentre = GeoPoint & { postalCode: string; city: string; places: number }

const TTL_MS = 10 * 60_000
let cache: { at: number; centres: Promise<Map<string, PostalCodeCentre>> } | null = null

const listingTables = [
  ['offers', 'offers_locations'],
  ['mentors', 'mentors_locations'],
  ['school_options', 'school_options_locations'],
] as const

/** One SQL statement: every postal code with places of published public listings. */
async function readCentres(payload: Payload): Promise<Map<string, PostalCodeCentre>> {
  const parts = listingTables.map(
    ([main, locations]) => sql`
      select l.postal_code, l.city, l.latitude::float8 as lat, l.longitude::float8 as lng
      from ${sql.identifier(locations)} l
      join ${sql.identifier(main)} m on m.id = l._parent_id
      where m._status = 'published' and m.visibility = 'public'
        and l.latitude is not null and l.longitude is not null and l.postal_code is not null`,
  )
  const result = await payload.db.drizzle.execute(sql`
    select postal_code, mode() within group (order by city) as city,
      avg(lat) as lat, avg(lng) as lng, count(*)::int as places
    from (${sql.join(parts, sql` union all `)}) p
    group by postal_code`)
  const rows = sqlRows<{
    postal_code: string
    city: string | null
    lat: string | number
    lng: string | number
    places: number
  }>(result)
  return new Map(
    rows.map((row) => [
      row.postal_code,
      {
        postalCode: row.postal_code,
        city: row.city ?? '',
        lat: Number(row.lat),
        lng: Number(row.lng),
        places: Number(row.places),
      },
    ]),
  )
}

/** The centres, read at most every ten minutes per server (a failed read is tried again). */
export async function postalCodeCentres(
  payload: Payload,
  now = Date.now(),
): Promise<Map<string, PostalCodeCentre>> {
  if (!cache || now - cache.at > TTL_MS) {
    const centres = readCentres(payload)
    cache = { at: now, centres }
    centres.catch(() => {
      if (cache?.centres === centres) cache = null
    })
  }
  return cache.centres
}

/** Forget the centres (tests, and after an import). */
export function forgetPostalCodeCentres() {
  cache = null
}
