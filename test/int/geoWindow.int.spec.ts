import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_WINDOW } from '@/geo/rank'
import { syncDocuments } from '@/search/indexing/indexer'

import { offerData, sampleIds, uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Sorting by distance when Meilisearch's first window cannot settle the order (src/geo/rank.ts):
 * a listing whose main place is far (Skagen) and whose other place is at the origin (Rønne) lies
 * beyond the first window of candidates, sorted by main place. The search then ranks the largest
 * window read with places only, and reads the page's documents by key: the listing comes first,
 * with its whole card.
 */
let payload: Payload
let id: number
const title = `Tilbud på to adresser ${uniqueKey('geo')}`
const ronne = { lat: 55.1009, lng: 14.7066 }

beforeAll(async () => {
  payload = await getTestPayload()
  const { koege } = await sampleIds(payload)
  const place = (name: string, city: string, postalCode: string, lat: number, lng: number) => ({
    name,
    address: `${name} 1`,
    postalCode,
    city,
    municipality: koege,
    latitude: lat,
    longitude: lng,
  })
  const offer = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, {
      title,
      locations: [
        place('Havnevej', 'Skagen', '9990', 57.7209, 10.5839),
        place('Storegade', 'Rønne', '3700', ronne.lat, ronne.lng),
      ],
    })) as never,
    depth: 0,
  })
  id = offer.id
  // The sync job would do this on the server; run it here, so the index holds it now.
  await syncDocuments(payload, 'offers', [id])
})

afterAll(async () => {
  if (id) await payload.delete({ collection: 'offers', id, overrideAccess: true })
})

describe('sort by distance beyond the first window', () => {
  it('puts a listing first by its nearest place, with its whole card, when the window is too small', async () => {
    const response = await fetch(
      `${baseURL()}/api/search?near=${ronne.lat},${ronne.lng}&sort=distance&perPage=1`,
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      total: number
      hits: Array<{
        title: string
        summary: string
        highlights: { title: string }
        facts: unknown
        distanceKm: number | null
        nearestPlace: string | null
      }>
    }
    // More candidates than the first window (41 for one hit per page), fewer than the largest.
    expect(body.total).toBeGreaterThan(41)
    expect(body.total).toBeLessThanOrEqual(MAX_WINDOW)
    expect(body.hits).toHaveLength(1)
    const [hit] = body.hits
    expect(hit!.title).toBe(title)
    expect(hit!.summary).toBe('Kort beskrivelse.')
    expect(hit!.highlights.title).toBe(title)
    expect(hit!.facts).toBeTruthy()
    expect(hit!.distanceKm).toBe(0)
    expect(hit!.nearestPlace).toContain('Rønne')
  })
})
