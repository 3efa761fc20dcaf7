import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paths } from '@/domain/urls'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { axeViolations, newDanishContext, waitForSearchIndex } from '../helpers/portal'

/** The distances the result cards show, in the order shown. */
const shownDistances = async (page: Page) =>
  (await page
    .locator('[data-search-hits] [data-distance-km]')
    .evaluateAll((nodes) =>
      nodes.map((node) => Number(node.getAttribute('data-distance-km'))),
    )) as number[]

const ascending = (values: number[]) =>
  values.every((value, i) => i === 0 || values[i - 1]! <= value)

/** The distance fields may sit in a closed »Filtre« disclosure on a phone: open it. */
async function revealDistanceFields(page: Page) {
  // On a phone the distance fields sit inside the closed »Filtre (n)« disclosure too: open every
  // disclosure around them, once the page has hydrated (hydration closes the filters on a phone).
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => {
    for (
      let node = document.getElementById('f-postnr')?.parentElement;
      node;
      node = node.parentElement
    )
      if (node instanceof HTMLDetailsElement) node.open = true
  })
}

describe.skipIf(browserUnavailable())('distance in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    await waitForSearchIndex()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each([1280, 390])(
    'sorts the results by distance from a postal code, nearest first, at %i px',
    async (width) => {
      const context = await newDanishContext(browser, width)
      const page = await context.newPage()
      await page.goto(`${baseURL()}${paths.search('da')}`)
      await revealDistanceFields(page)
      await page.fill('#f-postnr', '4600')
      await page.selectOption('#sort', 'distance')
      await page.waitForURL((url) => url.searchParams.get('sort') === 'distance', {
        timeout: 30_000,
      })
      // The sort change navigated; the postal code typed before it went with it.
      expect(new URL(page.url()).searchParams.get('postnr')).toBe('4600')
      await revealDistanceFields(page)
      await page.waitForSelector('[data-distance-origin]')
      expect(await page.locator('[data-distance-origin]').innerText()).toContain('4600')
      const distances = await shownDistances(page)
      expect(distances.length).toBeGreaterThanOrEqual(10)
      expect(ascending(distances)).toBe(true)
      // Køge's own listings come first, a few kilometres at most from the centre of 4600.
      expect(distances[0]).toBeLessThan(3)
      expect(distances.at(-1)!).toBeGreaterThan(distances[0]!)
      const firstCard = page.locator('[data-search-hits] > li').first()
      expect(await firstCard.innerText()).toMatch(/≈ \d+(,\d)? km/)
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    },
  )

  it('keeps only listings within the radius, still nearest first', async () => {
    const context = await newDanishContext(browser)
    const page = await context.newPage()
    await page.goto(`${baseURL()}${paths.search('da', 'postnr=4600&sort=distance')}`)
    const all = Number(await page.locator('.results-count').getAttribute('data-total'))
    await page.selectOption('#f-radius', '10')
    await page.waitForURL((url) => url.searchParams.get('radius') === '10', { timeout: 30_000 })
    await page.waitForSelector('[data-distance-origin]')
    const within = Number(await page.locator('.results-count').getAttribute('data-total'))
    expect(within).toBeGreaterThan(0)
    expect(within).toBeLessThan(all)
    const distances = await shownDistances(page)
    expect(ascending(distances)).toBe(true)
    await context.close()
  })

  it('»Nær mig« asks for the position on click and sorts from it', async () => {
    const context = await browser.newContext({
      locale: 'da-DK',
      viewport: { width: 390, height: 844 },
      // Greve (2670): the browser's position, granted when the page asks.
      geolocation: { latitude: 55.585, longitude: 12.296 },
      permissions: ['geolocation'],
    })
    const page = await context.newPage()
    await page.goto(`${baseURL()}${paths.search('da')}`)
    await revealDistanceFields(page)
    // Nothing is asked before the click: the address holds no position.
    expect(new URL(page.url()).searchParams.get('near')).toBeNull()
    await page.getByRole('button', { name: 'Nær mig' }).click()
    await page.waitForURL((url) => url.searchParams.get('near') === '55.5850,12.2960', {
      timeout: 30_000,
    })
    expect(new URL(page.url()).searchParams.get('sort')).toBe('distance')
    await revealDistanceFields(page)
    await page.waitForSelector('[data-distance-origin]')
    expect(await page.locator('[data-distance-origin]').innerText()).toContain('din position')
    const distances = await shownDistances(page)
    expect(distances.length).toBeGreaterThan(0)
    expect(ascending(distances)).toBe(true)
    await context.close()
  })

  it('says in Danish when a postal code is unknown, never a 500', async () => {
    const context = await newDanishContext(browser)
    const page = await context.newPage()
    const response = await page.goto(
      `${baseURL()}${paths.search('da', 'postnr=9990&sort=distance')}`,
    )
    expect(response?.status()).toBeLessThan(500)
    expect(await page.locator('.notice--error[role="alert"]').innerText()).toContain('postnummer')
    const api = await fetch(`${baseURL()}/api/search?postnr=9990`)
    expect(api.status).toBe(400)
    const body = (await api.json()) as { errors: Array<{ param: string }> }
    expect(body.errors[0]!.param).toBe('postnr')
    await context.close()
  })

  it.each([1280, 390])(
    'without a tile server the organization page lists its places, no map, no violations at %i px',
    async (width) => {
      const payload = await getTestPayload()
      const { docs } = await payload.find({
        collection: 'offers',
        where: {
          and: [
            { visibility: { equals: 'public' } },
            { _status: { equals: 'published' } },
            { 'locations.latitude': { exists: true } },
          ],
        },
        select: { provider: true },
        depth: 1,
        limit: 1,
      })
      const provider = docs[0]?.provider as { slug?: string | null } | undefined
      if (!provider?.slug) throw new Error('the sample content has no provider with places')
      const context = await newDanishContext(browser, width)
      const page = await context.newPage()
      const response = await page.goto(`${baseURL()}/organisationer/${provider.slug}`)
      expect(response?.status()).toBe(200)
      const places = page.locator('[data-places] .location-list li')
      expect(await places.count()).toBeGreaterThan(0)
      expect(await places.first().innerText()).toMatch(/\d{4} /)
      expect(await page.locator('[data-map]').count()).toBe(0)
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    },
  )

  it('over the API: a listing counts by its nearest place, not its main one', async () => {
    // A sample listing whose main place is in Greve and whose second place is Køge Bibliotek.
    const koegeLibrary = '55.4580,12.1850'
    const response = await fetch(
      `${baseURL()}/api/search?near=${koegeLibrary}&sort=distance&perPage=50`,
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      hits: Array<{ title: string; distanceKm: number | null; nearestPlace: string | null }>
      origin: { lat: number; lng: number }
    }
    expect(body.origin).toMatchObject({ lat: 55.458, lng: 12.185 })
    const distances = body.hits.flatMap((hit) => (hit.distanceKm === null ? [] : [hit.distanceKm]))
    expect(ascending(distances)).toBe(true)
    const groups = body.hits.find(
      (hit) => hit.title === 'Børnegrupper for børn af psykisk syge forældre',
    )
    expect(groups).toBeDefined()
    expect(groups!.distanceKm).toBe(0)
    expect(groups!.nearestPlace).toContain('Køge')
    const firstFar = body.hits.findIndex((hit) => (hit.distanceKm ?? Infinity) > 0.5)
    expect(body.hits.indexOf(groups!)).toBeLessThan(firstFar)
  })
})
