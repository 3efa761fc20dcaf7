import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { qualityPath } from '@/network/quality/paths'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { axeViolations, newDanishContext, portalLogin } from '../helpers/portal'

/**
 * Cooperation quality in a browser (issue 18): a member opens the network's quality page, each
 * indicator renders as an SVG chart with its table (per municipality and for the network), and the
 * page has no axe violations.
 */
describe.skipIf(browserUnavailable())('cooperation quality chart in the browser', () => {
  let browser: Browser
  let slug = ''
  const created: Array<{ collection: 'networks' | 'quality-indicator-sets'; id: number }> = []

  beforeAll(async () => {
    const payload = await getTestPayload()
    const municipality = async (code: string) =>
      (
        await payload.find({
          collection: 'municipalities',
          where: { code: { equals: code } },
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0]!.id
    const [koege, greve] = [await municipality('259'), await municipality('253')]
    const admin = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'admin@videnportal.local' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]!
    const network = await payload.create({
      collection: 'networks',
      data: {
        name: `Kvalitetsnetværk ${uniqueKey('e2e')}`,
        formality: 'formal',
        task: 'open',
        visibility: 'internal',
        memberMunicipalities: [koege, greve],
        leader: admin.id,
        kommissorium: { purpose: 'At styrke samarbejdet.' },
      } as never,
      overrideAccess: true,
    })
    created.push({ collection: 'networks', id: network.id })
    slug = String(network.slug)
    const set = await payload.create({
      collection: 'quality-indicator-sets',
      data: {
        network: network.id,
        title: 'Samarbejdets kvalitet',
        themes: [
          {
            theme: 'Koordinering',
            indicators: [
              { key: 'tovholder', statement: 'Der er én tydelig tovholder.' },
              { key: 'overgange', statement: 'Overgange planlægges i fællesskab.' },
            ],
          },
        ],
      },
      overrideAccess: true,
    })
    created.push({ collection: 'quality-indicator-sets', id: set.id })
    for (const [municipalityId, year, a, b] of [
      [koege, 2025, 2, 3],
      [greve, 2025, 4, 3],
      [koege, 2026, 3, 4],
      [greve, 2026, 5, 4],
    ] as const) {
      await payload.create({
        collection: 'quality-answers',
        data: {
          indicatorSet: set.id,
          municipality: municipalityId,
          year,
          scores: [
            { indicator: 'tovholder', score: a },
            { indicator: 'overgange', score: b },
          ],
        } as never,
        overrideAccess: true,
      })
    }
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    const payload = await getTestPayload()
    for (const { collection, id } of created.reverse())
      await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
  })

  it.each([1280, 390])(
    'renders each indicator as a chart with its table, for the network and Køge (%i px)',
    async (width) => {
      const context = await newDanishContext(browser, width)
      const page = await context.newPage()
      await portalLogin(page, 'sagsbehandler@videnportal.local')
      await page.goto(`${baseURL()}${qualityPath('da', slug)}`)
      await page.selectOption('select[name="kommune"]', '259')
      await Promise.all([
        page.waitForURL(/kommune=259/),
        page.click('[data-quality-filter] button'),
      ])
      const chart = page.locator('[data-indicator="tovholder"]')
      expect(await chart.locator('svg[data-chart] polyline').count()).toBe(2)
      expect(await chart.locator('svg[data-chart] circle').count()).toBe(4)
      expect(await chart.locator('svg[data-chart]').isVisible()).toBe(true)
      const rows = await chart.locator('table[data-table] tbody tr').allInnerTexts()
      // Year · network mean · Køge · answers
      expect(rows.map((row) => row.split('\t').map((cell) => cell.trim()))).toEqual([
        ['2025', '3', '2', '2'],
        ['2026', '4', '3', '2'],
      ])
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    },
  )

  it('is not there for someone outside the network', async () => {
    const context = await newDanishContext(browser, 1280)
    const page = await context.newPage()
    const response = await page.goto(`${baseURL()}${qualityPath('da', slug)}`)
    expect(response?.status()).toBe(404)
    await context.close()
  })
})
