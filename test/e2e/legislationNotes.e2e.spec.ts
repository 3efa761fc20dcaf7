import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { copenhagenDay, formatDanishDate } from '@/domain/danishDate'
import { textToLexical } from '@/utilities/richText'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { offerData, uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { newDanishContext, portalLogin } from '../helpers/portal'
import { eventually } from '../helpers/search'

const DAY = 86_400_000
const dayFromNow = (days: number) => copenhagenDay(new Date(Date.now() + days * DAY))
const artifacts = 'test-results'

/**
 * Issue 15's »Done when« for the part »notes«, in a browser against the built app: the banner on
 * an affected offer and the marker on its result card, the owner's confirmation that takes them
 * away, and /lovgivning with its filters as a plain GET form (JavaScript off).
 */
describe.skipIf(browserUnavailable())('legislation notes in the portal', () => {
  let browser: Browser
  let payload: Payload
  const created: Array<{ collection: 'offers' | 'legislation-notes'; id: number }> = []

  const newNote = async (data: Record<string, unknown>) => {
    const note = await payload.create({
      collection: 'legislation-notes',
      data: {
        summary: 'Kort resumé af de nye regler.',
        body: textToLexical('Første afsnit.\n\nAndet afsnit.'),
        visibility: 'public',
        _status: 'published',
        ...data,
      } as never,
      depth: 0,
    })
    created.push({ collection: 'legislation-notes', id: note.id })
    return note
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    for (const { collection, id } of created.reverse()) {
      await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
    }
  })

  it('shows the banner on an affected offer and the marker on its result card until the owner confirms', async () => {
    const word = `lovbanner${Date.now().toString(36)}`
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, {
        title: `Samtaleforløb ${word}`,
        summary: `Samtaler for børn ${word}.`,
        slug: word,
        contacts: [{ role: 'Koordinator', phone: '70 20 31 45', internal: false }],
      })) as never,
      depth: 0,
    })
    created.push({ collection: 'offers', id: offer.id })
    const effective = dayFromNow(-45)
    const note = await newNote({
      title: `Nye regler om skolefravær ${uniqueKey('e2e')}`,
      effectiveDate: effective,
      affects: [{ relationTo: 'offers', value: offer.id }],
    })
    await eventually(
      async () => {
        const response = await fetch(`${baseURL()}/api/search?q=${word}`)
        const body = (await response.json()) as { hits: Array<{ id: number }> }
        return body.hits.some((hit) => hit.id === offer.id)
      },
      // Once a second: searches are limited per client (SEARCH_REQUESTS_PER_MINUTE, 120).
      { timeoutMs: 60_000, intervalMs: 1000, what: 'the offer in the search index' },
    )

    // Each app server reads the recent notes again every 15 s; this one was written here.
    await eventually(
      async () =>
        (await (await fetch(`${baseURL()}/tilbud/${word}`)).text()).includes(
          'data-legislation-banner',
        ),
      { timeoutMs: 45_000, intervalMs: 500, what: 'the banner on the offer' },
    )
    let lastResults = ''
    await eventually(
      async () => {
        const response = await fetch(`${baseURL()}/soeg?q=${word}`)
        lastResults = `${response.status} ${await response.text()}`
        return lastResults.includes(`data-hit="tilbud/${word}"`)
      },
      { timeoutMs: 60_000, intervalMs: 1000, what: 'the offer on the results page' },
    ).catch((error) => {
      throw new Error(`${String(error)}\n${lastResults.slice(0, 3000)}`)
    })
    const context = await newDanishContext(browser)
    const page = await context.newPage()
    await page.goto(`${baseURL()}/soeg?q=${word}`)
    const card = page.locator(`[data-hit="tilbud/${word}"]`)
    const marker = card.locator('[data-legislation-marker]')
    expect(await marker.innerText()).toBe(
      `Ny lovgivning ${note.title}, gælder fra ${formatDanishDate(effective)}`,
    )

    await Promise.all([
      page.waitForURL((url) => url.pathname === `/tilbud/${word}`),
      card.locator('.card__title a').click(),
    ])
    const banner = page.locator('.listing__header [data-legislation-banner]')
    expect((await banner.innerText()).trim()).toBe(
      `Ny lovgivning berører dette tilbud: ${note.title}, gælder fra ${formatDanishDate(effective)}`,
    )
    // At the top: above the page's first section.
    const bannerBox = await banner.boundingBox()
    const firstSection = await page.locator('.listing__section').first().boundingBox()
    expect(bannerBox!.y).toBeLessThan(firstSection!.y)
    // The link leads to the note.
    expect(await banner.locator('a').getAttribute('href')).toBe(`/lovgivning/${note.slug}`)
    await page.screenshot({ path: `${artifacts}/legislation-banner.png` }).catch(() => undefined)

    // The owner (the demo NGO editor of Pusterummet) confirms from the page itself.
    await portalLogin(page, 'ngo@videnportal.local')
    await page.goto(`${baseURL()}/tilbud/${word}`)
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('bekraeftet') === String(note.id)),
      page.click(`[data-confirm-note-form="${note.id}"] button[type="submit"]`),
    ])
    expect(await page.locator('[data-note-confirmed]').innerText()).toBe(
      'Tak – opslaget er bekræftet i forhold til noten.',
    )
    expect(await page.locator('[data-legislation-banner]').count()).toBe(0)
    await context.close()

    // Gone for every reader, on the page and on the card.
    const anonymous = await (await browser.newContext()).newPage()
    await anonymous.goto(`${baseURL()}/soeg?q=${word}`)
    await anonymous.locator(`[data-hit="tilbud/${word}"]`).waitFor()
    expect(await anonymous.locator('[data-legislation-marker]').count()).toBe(0)
    await anonymous.goto(`${baseURL()}/tilbud/${word}`)
    expect(await anonymous.locator('[data-legislation-banner]').count()).toBe(0)
    await anonymous.context().close()
  }, 300_000)

  it('lets a consultant confirm a listing against a note from the admin sidebar', async () => {
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, {
        contacts: [{ role: 'Koordinator', phone: '70 20 31 45', internal: false }],
      })) as never,
      depth: 0,
    })
    created.push({ collection: 'offers', id: offer.id })
    const note = await newNote({
      title: `Admintest ${uniqueKey('a')}`,
      effectiveDate: dayFromNow(-2),
      affects: [{ relationTo: 'offers', value: offer.id }],
    })
    // The panel asks the server, which reads the recent notes again within 15 s.
    await eventually(
      async () =>
        (await (await fetch(`${baseURL()}/tilbud/${offer.slug}`)).text()).includes(
          'data-legislation-banner',
        ),
      { timeoutMs: 45_000, intervalMs: 500, what: 'the note on the server' },
    )
    const context = await newDanishContext(browser)
    const page = await context.newPage()
    await page.goto(`${baseURL()}/admin/login`)
    await page.fill('input[name="email"]', 'konsulent@videnportal.local')
    await page.fill('input[name="password"]', 'demo1234')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
    await page.goto(`${baseURL()}/admin/collections/offers/${offer.id}`)
    const panel = page.locator(`[data-legislation-notices] [data-notice="${note.id}"]`)
    await panel.waitFor({ timeout: 30_000 })
    expect(await panel.locator('a').innerText()).toBe(note.title)
    await panel.locator('button').click()
    await panel.waitFor({ state: 'detached', timeout: 30_000 })
    await context.close()

    const task = (
      await payload.find({
        collection: 'review-tasks',
        where: { dedupeKey: { equals: `legislation-note:offers:${offer.id}:note:${note.id}` } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
    expect(task?.status).toBe('done')
    const page2 = await (await fetch(`${baseURL()}/tilbud/${offer.slug}`)).text()
    expect(page2).not.toContain('data-legislation-banner')
  }, 180_000)

  it('lists the notes at /lovgivning and narrows them with the filters of a plain GET form', async () => {
    const topic = (
      await payload.find({
        collection: 'topics',
        where: { slug: { equals: 'anbragte' } },
        depth: 0,
        limit: 1,
      })
    ).docs[0]!
    const basis = (
      await payload.find({
        collection: 'legal-bases',
        where: { externalId: { equals: 'fsl-ppr' } },
        depth: 0,
        limit: 1,
      })
    ).docs[0]!
    const comingDay = dayFromNow(500)
    const coming = await newNote({
      title: `Kommende regler ${uniqueKey('k')}`,
      effectiveDate: comingDay,
      topics: [topic.id],
    })
    const inForce = await newNote({
      title: `Gældende regler ${uniqueKey('g')}`,
      effectiveDate: dayFromNow(-15),
      legalBases: [basis.id],
    })

    // Without JavaScript: the form is a plain GET form, the URL is the state.
    const context = await browser.newContext({ locale: 'da-DK', javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/lovgivning`)
    expect(await page.locator('h1').innerText()).toBe('Lovgivning')
    const titles = async () => page.locator('[data-notes] .card__title').allInnerTexts()
    const all = await titles()
    expect(all.indexOf(coming.title)).toBeGreaterThan(-1)
    expect(all.indexOf(inForce.title)).toBeGreaterThan(all.indexOf(coming.title))
    const meta = await page.locator(`[data-note="${coming.slug}"] .card__meta`).innerText()
    expect(meta).toContain('Træder i kraft')
    expect(meta).toContain(formatDanishDate(comingDay))
    expect(await page.locator(`[data-note="${inForce.slug}"] .card__meta`).innerText()).toContain(
      'I kraft',
    )

    const submit = () =>
      Promise.all([
        page.waitForURL((url) => url.pathname === '/lovgivning' && url.search.length > 0),
        page.click('[data-note-filters] button[type="submit"]'),
      ])

    await page.selectOption('[data-note-filters] select[name="status"]', 'kommende')
    await submit()
    expect(new URL(page.url()).searchParams.get('status')).toBe('kommende')
    expect(await titles()).toContain(coming.title)
    expect(await titles()).not.toContain(inForce.title)
    for (const state of await page
      .locator('[data-notes] [data-note-state]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-note-state'))))
      expect(state).toBe('upcoming')

    await page.selectOption('[data-note-filters] select[name="status"]', '')
    await page.selectOption('[data-note-filters] select[name="lov"]', 'folkeskoleloven')
    await submit()
    expect(await titles()).toContain(inForce.title)
    expect(await titles()).not.toContain(coming.title)

    await page.selectOption('[data-note-filters] select[name="lov"]', '')
    await page.selectOption('[data-note-filters] select[name="emne"]', 'anbragte')
    await page.selectOption('[data-note-filters] select[name="aar"]', comingDay.slice(0, 4))
    await submit()
    expect(await titles()).toContain(coming.title)
    expect(await titles()).not.toContain(inForce.title)
    expect(await page.locator('[data-note-count]').innerText()).toMatch(/^\d+ noter?$/)
    await page.screenshot({ path: `${artifacts}/legislation-index.png` }).catch(() => undefined)

    await Promise.all([
      page.waitForURL((url) => url.pathname === '/lovgivning' && url.search === ''),
      page.click('[data-note-filters] >> text=Nulstil filtre'),
    ])
    expect(await titles()).toEqual(expect.arrayContaining([coming.title, inForce.title]))
    await context.close()
  }, 180_000)
})
