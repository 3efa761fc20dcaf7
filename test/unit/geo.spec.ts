import { describe, expect, it } from 'vitest'

import { distanceKm, roundKm, spreadKm } from '@/geo/distance'
import { formatNear } from '@/geo/params'
import { firstWindow, rankByDistance } from '@/geo/rank'
import { geoDocumentFields } from '@/geo/searchFields'
import { mapTiles, tileOrigin } from '@/geo/tiles'
import { contentSecurityPolicy, securityHeaders } from '@/security/headers'
import { parseSearchParams, searchQueryString } from '@/search/query/params'
import { buildMultiSearch, shapeAnswer } from '@/search/query/search'

const koege = { lat: 55.458, lng: 12.185 }
const greve = { lat: 55.585, lng: 12.296 }
const roskilde = { lat: 55.6415, lng: 12.0803 }

describe('distance', () => {
  it('measures great-circle kilometres', () => {
    // Køge–Greve is about 16 km as the crow flies.
    expect(distanceKm(koege, greve)).toBeGreaterThan(15)
    expect(distanceKm(koege, greve)).toBeLessThan(17)
    expect(distanceKm(koege, koege)).toBe(0)
    expect(roundKm(3.249)).toBe(3.2)
    expect(roundKm(12.6)).toBe(13)
  })

  it('puts a listing at its first place with coordinates and records how far the others lie', () => {
    const fields = geoDocumentFields([
      { name: 'Uden koordinater', city: 'Solrød' },
      { name: 'Familiehuset', city: 'Greve', latitude: greve.lat, longitude: greve.lng },
      { name: 'Biblioteket', city: 'Køge', latitude: koege.lat, longitude: koege.lng },
    ])
    expect(fields._geo).toEqual(greve)
    expect(fields.geoPlaces.map((place) => place.label)).toEqual([
      'Familiehuset, Greve',
      'Biblioteket, Køge',
    ])
    expect(fields.geoSpreadKm).toBeCloseTo(spreadKm([greve, koege]), 2)
    expect(geoDocumentFields([{ city: 'Køge' }])).toEqual({ geoPlaces: [], geoSpreadKm: 0 })
  })
})

describe('ranking by the nearest place', () => {
  const doc = (id: string, ...points: Array<{ lat: number; lng: number }>) => ({
    id,
    geoPlaces: points.map((point) => ({ ...point, label: id })),
  })

  it('orders a window by the nearest place, not the main one', () => {
    // Meilisearch's order by main place from Køge: a (Greve, with a place in Køge), b (Roskilde).
    const window = [
      doc('far-main-near-other', greve, koege),
      doc('roskilde', roskilde),
      doc('none'),
    ]
    const { ranked, settled } = rankByDistance(window, koege, {
      depth: 3,
      total: 3,
      spreadMaxKm: 16,
    })
    expect(ranked.map((entry) => entry.item.id)).toEqual([
      'far-main-near-other',
      'roskilde',
      'none',
    ])
    expect(ranked[0]!.distance!.km).toBe(0)
    expect(ranked[2]!.distance).toBeNull()
    expect(settled).toBe(true)
  })

  it('is settled only when nothing beyond the window can come nearer', () => {
    const window = [doc('greve', greve), doc('roskilde', roskilde)]
    // Beyond the window the main places are ≥ Roskilde's distance; with a large spread a listing
    // there could have a place nearer than Greve.
    const wide = rankByDistance(window, koege, { depth: 1, total: 10, spreadMaxKm: 50 })
    expect(wide.settled).toBe(false)
    const narrow = rankByDistance(window, koege, { depth: 1, total: 10, spreadMaxKm: 0 })
    expect(narrow.settled).toBe(true)
    expect(firstWindow(20)).toBe(60)
    expect(firstWindow(1000)).toBe(1000)
  })
})

describe('distance parameters', () => {
  it('reads near, postnr, radius and sort=distance', () => {
    const parsed = parseSearchParams(
      new URLSearchParams('near=55.45801,12.18512&sort=distance&radius=25'),
    )
    expect(parsed.ok && parsed.params).toMatchObject({
      near: { lat: 55.45801, lng: 12.18512 },
      sort: 'distance',
      radius: 25,
    })
    expect(parsed.ok && searchQueryString(parsed.params)).toBe(
      'near=55.4580%2C12.1851&radius=25&sort=distance',
    )
    const byCode = parseSearchParams({ postnr: '4600', sort: 'distance' })
    expect(byCode.ok && byCode.params.postnr).toBe('4600')
    expect(formatNear(koege)).toBe('55.4580,12.1850')
  })

  it('names what is wrong, never accepting a distance without a starting point', () => {
    const errors = (query: string) => {
      const parsed = parseSearchParams(new URLSearchParams(query))
      return parsed.ok ? [] : parsed.errors.map((error) => error.param)
    }
    expect(errors('sort=distance')).toEqual(['sort'])
    expect(errors('radius=10')).toEqual(['radius'])
    expect(errors('postnr=46')).toEqual(['postnr'])
    expect(errors('near=48.85,2.35')).toEqual(['near'])
    expect(errors('near=abc')).toEqual(['near'])
    expect(errors('postnr=4600&radius=0')).toEqual(['radius'])
    expect(errors('postnr=4600&near=55.4,12.1')).toEqual(['postnr'])
  })
})

describe('the distance search plan', () => {
  const params = (query: string) => {
    const parsed = parseSearchParams(new URLSearchParams(query))
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    return parsed.params
  }

  it('sorts by _geoPoint, filters by radius, and reads a window of candidates', () => {
    const plan = buildMultiSearch(
      params('postnr=4600&sort=distance&radius=10'),
      null,
      'idx',
      null,
      {
        origin: koege,
      },
    )
    const main = plan.queries[plan.at.main]!
    expect(main.sort).toEqual(['_geoPoint(55.458, 12.185):asc'])
    expect(main.filter).toContain('_geoRadius(55.458, 12.185, 10000)')
    expect(main).toMatchObject({ page: 1, hitsPerPage: 60 })
    expect(main.facets).toContain('geoSpreadKm')
    expect(main.attributesToRetrieve).toContain('geoPlaces')
    expect(plan.distance).toEqual({ window: 60 })
  })

  it('leaves the order alone without sort=distance but still measures', () => {
    const plan = buildMultiSearch(params('postnr=4600'), null, 'idx', null, { origin: koege })
    const main = plan.queries[plan.at.main]!
    expect(main.sort).toEqual(['updatedAt:desc'])
    expect(plan.distance).toBeNull()
  })

  it('answers the page of the window ordered by nearest place, with each distance', () => {
    const p = params('postnr=4600&sort=distance&perPage=1&page=2')
    const plan = buildMultiSearch(p, null, 'idx', null, { origin: koege })
    const hit = (id: number, ...points: Array<{ lat: number; lng: number }>) => ({
      docId: id,
      collection: 'offers',
      kind: 'offer',
      title: `T${id}`,
      summary: '',
      url: `/tilbud/t${id}`,
      providerId: null,
      providerName: null,
      visibility: 'public',
      updatedAt: 0,
      geoPlaces: points.map((point, i) => ({ ...point, label: `P${id}.${i}` })),
    })
    const response = {
      hits: [hit(1, greve), hit(2, roskilde, koege), hit(3)],
      totalHits: 3,
      facetDistribution: {},
      facetStats: { geoSpreadKm: { min: 0, max: 20 } },
    }
    const answer = shapeAnswer(p, plan, [response as never], null, koege)
    expect(answer.hits.map((h) => [h.id, h.distanceKm, h.nearestPlace])).toEqual([
      [1, roundKm(distanceKm(koege, greve)), 'P1.0'],
    ])
  })
})

describe('headers for the map and »nær mig«', () => {
  it('lets the portal ask for the position', () => {
    const policy = securityHeaders({ development: false }).find(
      (header) => header.key === 'Permissions-Policy',
    )!.value
    expect(policy).toContain('geolocation=(self)')
    expect(policy).toContain('camera=()')
  })

  it('admits the tile server in img-src and connect-src only when one is set', () => {
    const none = contentSecurityPolicy({ development: false, tiles: null })
    expect(none).toContain("img-src 'self' data: blob:;")
    expect(none).toContain("connect-src 'self';")
    const tiles = mapTiles({ MAP_TILE_URL: 'https://{s}.tiles.example.dk/{z}/{x}/{y}.png' })!
    expect(tiles.origin).toBe('https://*.tiles.example.dk')
    const withTiles = contentSecurityPolicy({ development: false, tiles })
    expect(withTiles).toContain("img-src 'self' data: blob: https://*.tiles.example.dk;")
    expect(withTiles).toContain("connect-src 'self' https://*.tiles.example.dk;")
    expect(tileOrigin('http://127.0.0.1:8081/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8081')
    expect(mapTiles({ MAP_TILE_URL: 'javascript:alert(1)//{z}/{x}/{y}' })).toBeNull()
    expect(mapTiles({})).toBeNull()
  })
})
