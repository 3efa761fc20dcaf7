import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paths } from '@/domain/urls'
import type { Offer } from '@/payload-types'
import { lexicalToText, textToLexical } from '@/utilities/richText'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { axeViolations, portalLogin } from '../helpers/portal'

const artifacts = 'test-results'
const PASSWORD = 'demo1234'
const OTHER_EDITOR = 'ngo-anden@videnportal.local'

async function adminLogin(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({
    locale: 'da-DK',
    viewport: { width: 1280, height: 900 },
  })
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

/** The row of a change in the review queue, by its Danish label path. */
const changeRow = (page: Page, item: string, label: string) =>
  page.locator(`[data-review-item="${item}"] tr`).filter({
    has: page.locator('th[scope="row"]', { hasText: new RegExp(`^${label}$`) }),
  })

describe.skipIf(browserUnavailable())('the admin for reviews and NGO editors', () => {
  let browser: Browser
  let payload: Payload
  let ownOrg: number
  let otherOrg: number
  let offer: Offer
  let otherOffer: Offer

  beforeAll(async () => {
    browser = await launchBrowser()
    payload = await getTestPayload()
    const org = async (externalId: string) =>
      (
        await payload.find({
          collection: 'organizations',
          where: { externalId: { equals: externalId } },
          limit: 1,
          depth: 0,
        })
      ).docs[0]!.id
    ownOrg = await org('org-pusterummet')
    otherOrg = await org('org-ungeliv')
    const publishedOpenOffer = async (provider: number) =>
      (
        await payload.find({
          collection: 'offers',
          where: {
            and: [
              { provider: { equals: provider } },
              { _status: { equals: 'published' } },
              { visibility: { equals: 'public' } },
              { 'capacity.status': { equals: 'open' } },
            ],
          },
          sort: 'id',
          limit: 1,
          depth: 0,
        })
      ).docs[0]!
    offer = await publishedOpenOffer(ownOrg)
    otherOffer = await publishedOpenOffer(otherOrg)
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: OTHER_EDITOR } },
    })
    if (totalDocs === 0) {
      await payload.create({
        collection: 'users',
        data: {
          email: OTHER_EDITOR,
          password: PASSWORD,
          name: 'Redaktør i en anden forening',
          role: 'ngo-editor',
          organization: otherOrg,
        } as never,
      })
    }
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("an NGO editor's lists show their own listings, no technical fields, and the waiting state after saving", async () => {
    const editor = await adminLogin(browser, 'ngo@videnportal.local')

    // "Mine opslag" in the navigation leads to the filtered list; the plain list opens on it too.
    const navLink = editor.getByRole('link', { name: 'Mine tilbud' })
    expect(await navLink.count()).toBe(1)
    await editor.goto(`${baseURL()}/admin/collections/offers`)
    await editor.waitForURL((url) =>
      decodeURIComponent(url.search).includes(`[provider][equals]=${ownOrg}`),
    )
    await editor.locator('.table tbody tr').first().waitFor()
    const { totalDocs: own } = await payload.count({
      collection: 'offers',
      where: { provider: { equals: ownOrg } },
    })
    const rows = editor.locator('.table tbody tr')
    expect(await rows.count()).toBe(Math.min(own, 10))
    expect(await editor.locator('.table').innerText()).not.toContain(otherOffer.title)
    expect(await editor.locator('.table thead').innerText()).not.toMatch(/Eksternt id|Adresse/)
    // The default is a filter they see and can lift.
    expect(await editor.locator('[data-own-listings="own"]').count()).toBe(1)

    // The document: no external id, no slug, no API tab.
    await editor.goto(`${baseURL()}/admin/collections/offers/${offer.id}`)
    await editor.locator('#field-title').waitFor()
    expect(await editor.locator('#field-externalId').count()).toBe(0)
    expect(await editor.locator('#field-slug').count()).toBe(0)
    expect(await editor.locator('.doc-tabs__tabs a', { hasText: /^API$/ }).count()).toBe(0)
    expect(await editor.locator('[data-review-state]').count()).toBe(0)

    // Change the capacity: from open to a waiting list of six weeks.
    await editor.locator('.tabs-field__tab-button', { hasText: 'Henvisning og pris' }).click()
    await editor.locator('#field-capacity__status .rs__control').click()
    await editor.locator('.rs__option', { hasText: /^Venteliste$/ }).click()
    await editor.locator('#field-capacity__waitingWeeks').fill('6')
    await editor.getByRole('button', { name: 'Gem kladde' }).click()
    await successToast(editor).waitFor({ timeout: 30_000 })

    const notice = editor.locator('[data-review-state="awaiting-review"]')
    await notice.waitFor({ timeout: 30_000 })
    expect(await notice.innerText()).toMatch(
      /Din ændring venter på godkendelse hos en konsulent \(indsendt \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}\)/u,
    )
    await editor.screenshot({
      path: `${artifacts}/admin-review-editor-document.png`,
      fullPage: true,
    })

    // Searched for: other test files add listings of this organization that sort before it.
    await editor.goto(
      `${baseURL()}/admin/collections/offers?search=${encodeURIComponent(offer.title)}`,
    )
    const row = editor.locator('.table tbody tr', { hasText: offer.title })
    await row.waitFor()
    expect(await row.locator('[data-review-state="awaiting-review"]').innerText()).toBe(
      'Afventer gennemsyn',
    )
    await editor.screenshot({ path: `${artifacts}/admin-review-editor-list.png`, fullPage: true })
    await editor.context().close()
  })

  it('the review queue speaks Danish: labels, values, dates, topics and the changed sentence; it confirms', async () => {
    // The same editor changes a date, the topics and a paragraph of the description (the API the
    // admin uses); the draft from the first test carries the capacity change.
    const { docs: topics } = await payload.find({
      collection: 'topics',
      where: { id: { not_in: (offer.topics ?? []) as number[] } },
      sort: 'name',
      limit: 1,
      depth: 0,
    })
    const newTopic = topics[0]!
    const paragraphs = lexicalToText(offer.description).split('\n\n')
    const sentence = 'Vi mødes nu også om lørdagen.'
    // One paragraph changes: a sentence is added to the first.
    const description = [`${paragraphs[0]} ${sentence}`.trim(), ...paragraphs.slice(1)].join('\n\n')
    const token = await loginToken('ngo@videnportal.local')
    const patch = await fetch(`${baseURL()}/api/offers/${offer.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        topics: [...((offer.topics ?? []) as number[]), newTopic.id],
        description: textToLexical(description),
        capacity: { status: 'waitlist', waitingWeeks: 6, asOf: '2026-10-15T12:00:00.000Z' },
      }),
    })
    expect(patch.status).toBe(200)

    const consultant = await adminLogin(browser, 'konsulent@videnportal.local')
    await consultant.goto(`${baseURL()}/admin/review`)
    const itemKey = `offers:${offer.id}`
    const item = consultant.locator(`[data-review-item="${itemKey}"]`)
    await item.waitFor({ timeout: 30_000 })
    await consultant.screenshot({ path: `${artifacts}/admin-review-queue.png`, fullPage: true })

    const status = await changeRow(consultant, itemKey, 'Kapacitet › Status').innerText()
    expect(status).toContain('Åben for henvisning')
    expect(status).toContain('Venteliste')
    expect(status).not.toMatch(/\bopen\b|\bwaitlist\b/)
    const asOf = await changeRow(consultant, itemKey, 'Kapacitet › Opgjort den').innerText()
    expect(asOf).toContain('15. oktober 2026')
    expect(asOf).not.toMatch(/T\d\d:/)
    const topicsRow = await changeRow(consultant, itemKey, 'Emner').innerText()
    expect(topicsRow).toContain(newTopic.name)
    expect(topicsRow).not.toMatch(/#\d|\b\d+, \d+\b/)
    const descriptionRow = await changeRow(consultant, itemKey, 'Beskrivelse').innerText()
    expect(descriptionRow).toContain(sentence)
    expect(descriptionRow).not.toContain('"root"')
    // The submission time in Danish time, written the Danish way.
    expect(await item.locator('.review-item__meta').innerText()).toMatch(
      /\d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}/u,
    )

    // WCAG 2.1 AA on the queue as the consultant sees it, with an item in it.
    expect(await axeViolations(consultant)).toEqual([])

    await item.getByRole('button', { name: 'Offentliggør ændringen' }).click()
    const toast = successToast(consultant)
    await toast.waitFor({ timeout: 30_000 })
    expect(await toast.innerText()).toContain('er offentliggjort')
    await item.waitFor({ state: 'detached', timeout: 30_000 })
    const published = await payload.findByID({ collection: 'offers', id: offer.id, depth: 0 })
    expect(published.capacity?.status).toBe('waitlist')
    await consultant.context().close()
  })

  it('an organization change shows its changes in the queue', async () => {
    // Other files (the fuzzer's NGO-editor writes among them) may have left a draft of this
    // organization: start from its published version, so the queue shows this test's changes.
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...published
    } = (await payload.findByID({
      collection: 'organizations',
      id: ownOrg,
      depth: 0,
    })) as unknown as Record<string, unknown>
    await payload.update({
      collection: 'organizations',
      id: ownOrg,
      data: { ...published, _status: 'published' } as never,
      depth: 0,
    })
    const editor = await adminLogin(browser, 'ngo@videnportal.local')
    await editor.goto(`${baseURL()}/admin/collections/organizations/${ownOrg}`)
    const description = editor.locator('#field-description')
    await description.waitFor()
    const addition = 'Vi har nu også åbent om lørdagen.'
    await description.fill(`${await description.inputValue()} ${addition}`.trim())
    // (The agreements are cooperations now; test/e2e/cooperations.e2e.spec.ts reviews an
    // organization's side of one row by row.)
    await editor.getByRole('button', { name: 'Gem kladde' }).click()
    await successToast(editor).waitFor({ timeout: 30_000 })
    await editor.context().close()

    const consultant = await adminLogin(browser, 'konsulent@videnportal.local')
    await consultant.goto(`${baseURL()}/admin/review`)
    const itemKey = `organizations:${ownOrg}`
    const item = consultant.locator(`[data-review-item="${itemKey}"]`)
    await item.waitFor({ timeout: 30_000 })
    // (Other test files may have left changes of their own in this organization's draft.)
    expect(await changeRow(consultant, itemKey, 'Beskrivelse').innerText()).toContain(addition)
    await consultant.screenshot({
      path: `${artifacts}/admin-review-organization.png`,
      fullPage: true,
    })
    await item.getByRole('button', { name: 'Offentliggør ændringen' }).click()
    await successToast(consultant).waitFor({ timeout: 30_000 })
    await item.waitFor({ state: 'detached', timeout: 30_000 })
    await consultant.context().close()
  })

  it('"Rediger dette opslag" shows only for those who may edit the listing', async () => {
    const page = paths.document('offer', offer.slug!)
    const editLink = async (email?: string) => {
      const context = await browser.newContext({ locale: 'da-DK' })
      const tab = await context.newPage()
      if (email) await portalLogin(tab, email)
      const response = await tab.goto(`${baseURL()}${page}`)
      expect(response?.status()).toBe(200)
      const link = tab.getByRole('link', { name: 'Rediger dette opslag' })
      const href = (await link.count()) ? await link.getAttribute('href') : null
      await context.close()
      return href
    }
    const admin = `/admin/collections/offers/${offer.id}`
    expect(await editLink('konsulent@videnportal.local')).toBe(admin)
    expect(await editLink('ngo@videnportal.local')).toBe(admin)
    expect(await editLink()).toBeNull()
    expect(await editLink(OTHER_EDITOR)).toBeNull()
    expect(await editLink('sagsbehandler@videnportal.local')).toBeNull()
  })
})
