import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Cooperation, CooperationSide } from '@/payload-types'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { axeViolations, newDanishContext, portalLogin } from '../helpers/portal'

/**
 * Cooperations in the browser (issue 19): each party edits its own side of the agreement (the
 * NGO's waits for review, a consultant publishes it), the two diagrams render with their text
 * alternatives, overdue items of the implementation plan are flagged, the page prints cleanly, and
 * the pages have no axe violations at 1280 and 390 px. The cooperation is the test's own.
 */

const artifacts = 'test-results'
const PASSWORD = 'demo1234'

async function adminLogin(browser: Browser, email: string): Promise<Page> {
  const context = await newDanishContext(browser)
  const page = await context.newPage()
  await page.goto(`${baseURL()}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
  return page
}

const successToast = (page: Page) =>
  page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first()

describe.skipIf(browserUnavailable())('cooperations in the browser', () => {
  let browser: Browser
  let payload: Payload
  let cooperation: Cooperation
  let side: CooperationSide
  const path = () => `/samarbejder/${cooperation.slug}`

  /** The cooperation's page as Køge's caseworker (a party), at a width. */
  async function partyPage(width = 1280): Promise<Page> {
    const context = await newDanishContext(browser, width)
    const page = await context.newPage()
    await portalLogin(page, 'sagsbehandler@videnportal.local')
    const response = await page.goto(`${baseURL()}${path()}`)
    expect(response?.status()).toBe(200)
    return page
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    payload = await getTestPayload()
    const id = async (
      collection: 'organizations' | 'municipalities',
      field: string,
      value: string,
    ) =>
      (
        await payload.find({
          collection,
          where: { [field]: { equals: value } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0]!.id as number
    const organization = await id('organizations', 'externalId', 'org-pusterummet')
    cooperation = await payload.create({
      collection: 'cooperations',
      data: {
        title: `Browsersamarbejde ${uniqueKey('coop')}`,
        organization,
        municipalities: [await id('municipalities', 'code', '259')],
        visibility: 'internal',
        agreement: {
          purpose: 'Børnegrupper for børn i skilsmissefamilier.',
          roles: [{ party: 'Køge Kommune', economic: 'Betaler lokalerne.' }],
        },
        theoryOfChange: {
          targetGroup: 'Børn 7–12 år i familier i brud',
          activities: [{ text: 'Børnegrupper med otte mødegange' }],
          shortTermOutcomes: [{ text: 'Børnene sætter ord på det svære' }],
          mediumTermOutcomes: [{ text: 'Bedre trivsel i skolen' }],
          longTermOutcomes: [{ text: 'Stærkere relationer i familien' }],
          assumptions: [{ text: 'Forældrene bakker op' }],
          riskFactors: [{ text: 'Konflikt mellem forældrene' }],
          protectiveFactors: [{ text: 'Et fællesskab med andre børn' }],
        },
        sharingModel: {
          rows: [
            {
              level: 'management',
              from: 'Styregruppen',
              to: 'Skoleledere',
              frequency: 'Halvårligt',
            },
            {
              level: 'project',
              from: 'Koordinator',
              to: 'Tovholder i PPR',
              frequency: 'Månedligt',
            },
            { level: 'staff', from: 'Gruppeledere', to: 'Koordinator', frequency: 'Ugentligt' },
          ],
        },
        implementationPlan: {
          items: [
            { activity: 'Gruppeledere uddannet', deadline: '2020-03-01', status: 'in-progress' },
            { activity: 'Aftalen underskrevet', deadline: '2020-01-01', status: 'done' },
            { activity: 'Evaluering', deadline: '2099-06-01', status: 'planned' },
          ],
        },
        reflectionDays: {
          days: [{ date: '2026-05-01', questions: [{ text: 'Når vi den rette målgruppe?' }] }],
        },
        reflectionChecklist: [{ question: 'e1-theory-of-change', answer: 'På en workshop.' }],
      },
      overrideAccess: true,
      depth: 0,
    })
    side = await payload.create({
      collection: 'cooperation-sides',
      data: {
        cooperation: cooperation.id,
        provider: organization,
        roles: { functional: 'Driver grupperne.' },
        contribution: 'Frivillige gruppeledere.',
        _status: 'published',
      },
      overrideAccess: true,
      depth: 0,
    })
  })

  afterAll(async () => {
    await payload
      ?.delete({ collection: 'cooperation-sides', id: side.id, overrideAccess: true })
      .catch(() => undefined)
    await payload
      ?.delete({ collection: 'cooperations', id: cooperation.id, overrideAccess: true })
      .catch(() => undefined)
    await browser?.close()
  })

  it("a consultant and an NGO editor each edit their side; the NGO's waits for review", async () => {
    const editor = await adminLogin(browser, 'ngo@videnportal.local')
    await editor.goto(`${baseURL()}/admin/collections/cooperation-sides/${side.id}`)
    const contribution = editor.locator('#field-contribution')
    await contribution.waitFor()
    await contribution.fill('Frivillige gruppeledere og en fast koordinator.')
    await editor.getByRole('button', { name: 'Gem kladde' }).click()
    await successToast(editor).waitFor({ timeout: 30_000 })
    await editor.context().close()

    const consultant = await adminLogin(browser, 'konsulent@videnportal.local')
    await consultant.goto(`${baseURL()}/admin/collections/cooperations/${cooperation.id}`)
    const purpose = consultant.locator('#field-agreement__purpose')
    await purpose.waitFor()
    await purpose.fill('Børnegrupper for børn i familier i brud, i Køge.')
    await consultant.locator('#action-save').click()
    await successToast(consultant).waitFor({ timeout: 30_000 })

    // The portal shows the consultant's change and, until review, the NGO's published side.
    const before = await partyPage()
    expect(await before.locator('#agreement').locator('..').innerText()).toContain(
      'Børnegrupper for børn i familier i brud, i Køge.',
    )
    expect(await before.locator('article').innerText()).not.toContain('en fast koordinator')
    await before.context().close()

    await consultant.goto(`${baseURL()}/admin/review`)
    const item = consultant.locator(`[data-review-item="cooperation-sides:${side.id}"]`)
    await item.waitFor({ timeout: 30_000 })
    expect(await item.innerText()).toContain('en fast koordinator')
    await item.getByRole('button', { name: 'Offentliggør ændringen' }).click()
    await successToast(consultant).waitFor({ timeout: 30_000 })
    await consultant.context().close()

    const after = await partyPage()
    const text = await after.locator('article').innerText()
    expect(text).toContain('Frivillige gruppeledere og en fast koordinator.')
    expect(text).toContain('Børnegrupper for børn i familier i brud, i Køge.')
    await after.context().close()
  })

  it('renders the theory of change and the sharing model as diagrams with text alternatives', async () => {
    const page = await partyPage()
    const toc = page.locator('svg[data-diagram="toc-diagram"]')
    await toc.waitFor()
    expect(await toc.getAttribute('role')).toBe('img')
    expect(await page.locator('#toc-diagram-title').textContent()).toContain('Forandringsteori')
    expect(await page.locator('#toc-diagram-desc').textContent()).toContain('Målgruppe fører til')
    expect((await toc.boundingBox())!.width).toBeGreaterThan(300)
    expect(await toc.locator('rect').count()).toBeGreaterThanOrEqual(8)
    expect(await toc.innerHTML()).toContain('Stærkere relationer i')
    const tocText = await page.locator('#toc-text').innerText()
    for (const expected of [
      'Målgruppe',
      'Børnegrupper med otte mødegange',
      'Langsigtede resultater',
      'Et fællesskab med andre børn',
    ])
      expect(tocText).toContain(expected)

    const sharing = page.locator('svg[data-diagram="sharing-diagram"]')
    expect(await sharing.getAttribute('role')).toBe('img')
    expect(await page.locator('#sharing-diagram-desc').textContent()).toContain(
      'Koordinator til Tovholder i PPR',
    )
    expect(await sharing.locator('line').count()).toBe(3)
    expect(await page.locator('#sharing-table tbody tr').count()).toBe(3)
    await page.screenshot({ path: `${artifacts}/cooperation-diagrams.png`, fullPage: true })
    await page.context().close()
  })

  it('flags overdue implementation items on the clock, not done or future ones', async () => {
    const page = await partyPage()
    const overdue = page.locator('#plan-table tr[data-overdue="true"]')
    expect(await overdue.count()).toBe(1)
    expect(await overdue.innerText()).toContain('Gruppeledere uddannet')
    expect(await overdue.innerText()).toContain('Overskredet')
    expect(await page.locator('.cooperation__overdue-summary').innerText()).toContain(
      '1 aktivitet har overskredet sin frist.',
    )
    await page.context().close()
  })

  it('prints as one clean document: the diagrams and tables, without the portal around them', async () => {
    const page = await partyPage()
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.cooperation__toc').isVisible()).toBe(false)
    expect(await page.locator('svg[data-diagram="toc-diagram"]').isVisible()).toBe(true)
    expect(await page.locator('#plan-table').isVisible()).toBe(true)
    await page.pdf({ path: `${artifacts}/cooperation.pdf`, format: 'A4' }).catch(() => undefined)
    await page.context().close()
  })

  it.each([1280, 390])(
    'has no axe violations at %i px (the whole cooperation, the list)',
    async (width) => {
      const page = await partyPage(width)
      expect(await axeViolations(page)).toEqual([])
      await page.goto(`${baseURL()}/samarbejder`)
      expect(await axeViolations(page)).toEqual([])
      await page.context().close()
    },
  )
})
