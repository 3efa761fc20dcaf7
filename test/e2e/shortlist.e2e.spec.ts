import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paths } from '@/domain/urls'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { sampleIds, uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { axeViolations, newDanishContext, portalLogin, waitForSearchIndex } from '../helpers/portal'

/**
 * The shortlist to act on (issue 16, item 3), in Chromium at 1280 and 390 px: kept with the
 * account, it follows a user from one browser to another; it prints and exports with contacts;
 * a colleague opens it by the link and by name; axe finds nothing on its pages.
 */

const PASSWORD = 'huskeliste-e2e-1'
let payload: Payload
const createdUsers: number[] = []

async function makeUser(role: 'caseworker' | 'consultant') {
  const email = `${uniqueKey('hl-e2e')}@test.local`.toLowerCase()
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      name: `Kollega ${role} ${createdUsers.length + 1}`,
      role,
      municipality: (await sampleIds(payload)).koege,
    } as never,
    depth: 0,
  })
  createdUsers.push(user.id)
  return { id: user.id, email }
}

/** A published public offer with a public contact's phone number (sample content). */
async function offerWithContact() {
  const { docs } = await payload.find({
    collection: 'offers',
    where: {
      and: [
        { visibility: { equals: 'public' } },
        { _status: { equals: 'published' } },
        { 'contacts.phone': { exists: true } },
        { 'contacts.internal': { not_equals: true } },
      ],
    },
    select: { slug: true, title: true, contacts: true },
    depth: 0,
    limit: 1,
  })
  const doc = docs[0]
  const phone = doc?.contacts?.find((c) => c.phone && !c.internal)?.phone
  if (!doc?.slug || !phone) throw new Error('the sample content has no offer with a public phone')
  return { slug: doc.slug, title: doc.title, phone, entry: `tilbud/${doc.slug}` }
}

const axeClean = async (page: Page, label: string) => {
  const violations = await axeViolations(page)
  expect(violations, `${label}: ${JSON.stringify(violations, null, 1)}`).toEqual([])
}

describe.skipIf(browserUnavailable())('the shortlist in Chromium', () => {
  let browser: Browser
  let offer: Awaited<ReturnType<typeof offerWithContact>>

  beforeAll(async () => {
    await waitForSearchIndex()
    payload = await getTestPayload()
    offer = await offerWithContact()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    for (const id of createdUsers) {
      await payload.delete({ collection: 'users', id, depth: 0 }).catch(() => undefined)
    }
  })

  for (const width of [1280, 390]) {
    // Four browser contexts and as many logins: minutes on a loaded machine.
    it(`at ${width} px: follows the user to another browser, prints and exports with contacts, a colleague opens it`, async () => {
      const owner = await makeUser('caseworker')
      const named = await makeUser('consultant')
      const withLink = await makeUser('consultant')

      // Browser one: add a listing while logged in; it goes onto the account.
      const first = await newDanishContext(browser, width)
      const a = await first.newPage()
      await portalLogin(a, owner.email, PASSWORD)
      await a.goto(`${baseURL()}${paths.document('offer', offer.slug)}`)
      await a.getByRole('button', { name: /Føj til huskeliste/ }).click()
      await a.getByRole('button', { name: /Fjern fra huskeliste/ }).waitFor()
      expect(
        await a.evaluate(() => window.localStorage.getItem('videnportal.huskeliste.v1')),
      ).toBeNull()
      await first.close()

      // Browser two (nothing stored): the same account finds the same list.
      const second = await newDanishContext(browser, width)
      const b = await second.newPage()
      await portalLogin(b, owner.email, PASSWORD)
      await b.goto(`${baseURL()}${paths.shortlist()}`)
      expect(await b.locator('[data-no-child-data]').innerText()).toContain(
        'Der gemmes intet om barnet her',
      )
      const link = b.locator('[data-own-lists] a').first()
      expect((await link.innerText()).trim()).toBe('Min huskeliste')
      await Promise.all([b.waitForURL(/\/huskeliste\/[A-Za-z0-9_-]{22}/), link.click()])
      const item = b.locator(`li[data-listing="${offer.entry}"]`)
      await item.waitFor()
      expect(await item.locator('[data-shortlist-contacts]').innerText()).toContain(offer.phone)
      await axeClean(b, `saved list at ${width}`)

      // A name with a CPR-like number is refused in words; a good one is kept.
      await b.fill('#huskeliste-navn', 'Pige 010190-1234')
      await Promise.all([
        b.waitForURL(/fejl=cpr/),
        b.getByRole('button', { name: 'Omdøb', exact: true }).click(),
      ])
      expect(await b.locator('[data-shortlist-problem]').innerText()).toContain('CPR-nummer')
      await b.fill('#huskeliste-navn', 'Familiestøtte 0-6 år')
      await Promise.all([
        b.waitForURL(/ok=renamed/),
        b.getByRole('button', { name: 'Omdøb', exact: true }).click(),
      ])
      expect((await b.locator('h1').innerText()).trim()).toBe('Familiestøtte 0-6 år')

      // The print shows the contact, the link and the date; the page's controls stay off paper.
      await b.emulateMedia({ media: 'print' })
      expect(await item.locator('[data-shortlist-contacts]').isVisible()).toBe(true)
      expect(await item.locator('.shortlist-item__link').isVisible()).toBe(true)
      expect(await b.locator('.site-header').isVisible()).toBe(false)
      expect(await b.locator('.shortlist-owner').isVisible()).toBe(false)
      const pdf = await b.pdf({ format: 'A4' })
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF')
      await b.emulateMedia({ media: 'screen' })

      // The CSV export carries the contact and the link.
      const csvHref = await b.locator('[data-shortlist-csv]').getAttribute('href')
      const csv = await b.request.get(`${baseURL()}${csvHref}`)
      expect(csv.status()).toBe(200)
      const csvText = await csv.text()
      expect(csvText).toContain(offer.phone)
      expect(csvText).toContain(`/tilbud/${offer.slug}`)

      // Shared by name: the colleague finds it under »Delt med dig«.
      await b.fill('#huskeliste-kollega', named.email)
      await Promise.all([
        b.waitForURL(/ok=sharedWithDone/),
        b.getByRole('button', { name: 'Del', exact: true }).click(),
      ])
      // Shared with the link: any logged-in professional with it.
      await b.check('#huskeliste-linkdeling')
      await Promise.all([
        b.waitForURL(/ok=sharingSaved/),
        b.getByRole('button', { name: 'Gem deling' }).click(),
      ])
      const shareUrl = await b.inputValue('#huskeliste-link')
      await second.close()

      const third = await newDanishContext(browser, width)
      const c = await third.newPage()
      await portalLogin(c, named.email, PASSWORD)
      await c.goto(`${baseURL()}${paths.shortlist()}`)
      const sharedLink = c.locator('[data-shared-lists] a').first()
      expect((await sharedLink.innerText()).trim()).toBe('Familiestøtte 0-6 år')
      await Promise.all([c.waitForURL(/\/huskeliste\/[A-Za-z0-9_-]{22}/), sharedLink.click()])
      await c.locator(`li[data-listing="${offer.entry}"]`).waitFor()
      expect(await c.locator('[data-shortlist-owner]').innerText()).toContain('Kollega caseworker')
      await third.close()

      const fourth = await newDanishContext(browser, width)
      const d = await fourth.newPage()
      await portalLogin(d, withLink.email, PASSWORD)
      await d.goto(shareUrl)
      await d.locator(`li[data-listing="${offer.entry}"]`).waitFor()
      expect(
        await d.locator(`li[data-listing="${offer.entry}"] [data-shortlist-contacts]`).innerText(),
      ).toContain(offer.phone)
      await axeClean(d, `list opened by link at ${width}`)
      await fourth.close()
    }, 240_000)
  }

  it('compares listings side by side, and the account overview and comparison pass axe at both widths', async () => {
    const { docs } = await payload.find({
      collection: 'offers',
      where: { and: [{ visibility: { equals: 'public' } }, { _status: { equals: 'published' } }] },
      select: { slug: true },
      depth: 0,
      limit: 3,
    })
    const entries = docs.map((doc) => `tilbud/${doc.slug}`)
    for (const width of [1280, 390]) {
      const context = await newDanishContext(browser, width)
      const page = await context.newPage()
      await page.goto(`${baseURL()}${paths.shortlist()}?l=${entries.join(',')}`)
      for (const entry of entries.slice(0, 2)) {
        await page.locator(`li[data-listing="${entry}"] input[name="v"]`).check()
      }
      await Promise.all([
        page.waitForURL(/\/huskeliste\/sammenlign\?/),
        page.getByRole('button', { name: 'Sammenlign valgte' }).click(),
      ])
      expect(await page.locator('table.compare-table').getAttribute('data-compare-columns')).toBe(
        '2',
      )
      await axeClean(page, `comparison at ${width}`)
      await page.goto(`${baseURL()}${paths.shortlist()}?l=${entries.join(',')}`)
      await axeClean(page, `anonymous list at ${width}`)
      const user = await makeUser('caseworker')
      await portalLogin(page, user.email, PASSWORD)
      await page.goto(`${baseURL()}${paths.shortlist()}`)
      await axeClean(page, `account overview at ${width}`)
      await context.close()
    }
  })
})
