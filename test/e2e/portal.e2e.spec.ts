import { mkdirSync } from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paths } from '@/domain/urls'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { newDanishContext, portalLogin, waitForSearchIndex } from '../helpers/portal'

const artifacts = 'test-results'

type Fixture = { slug: string; title: string }

/** Sample listings the tests look at: one internal, one public with a rate (an internal field). */
async function fixtures() {
  const payload = await getTestPayload()
  const internal = await payload.find({
    collection: 'offers',
    where: { and: [{ visibility: { equals: 'internal' } }, { _status: { equals: 'published' } }] },
    select: { slug: true, title: true },
    depth: 0,
    limit: 1,
  })
  const paid = await payload.find({
    collection: 'offers',
    where: {
      and: [
        { visibility: { equals: 'public' } },
        { _status: { equals: 'published' } },
        { 'cost.type': { equals: 'paid' } },
        { 'cost.rateDkk': { exists: true } },
      ],
    },
    select: { slug: true, title: true },
    depth: 0,
    limit: 1,
  })
  const pick = (doc: { slug?: string | null; title: string } | undefined, what: string) => {
    if (!doc?.slug) throw new Error(`the sample content has no ${what} offer`)
    return { slug: doc.slug, title: doc.title }
  }
  return { internal: pick(internal.docs[0], 'internal'), paid: pick(paid.docs[0], 'paid public') }
}

const resultsTotal = async (page: Page) =>
  Number(await page.locator('.results-count').getAttribute('data-total'))

describe.skipIf(browserUnavailable())('the portal in Chromium', () => {
  let browser: Browser
  let internal: Fixture
  let paid: Fixture

  beforeAll(async () => {
    await waitForSearchIndex()
    ;({ internal, paid } = await fixtures())
    browser = await launchBrowser()
    mkdirSync(artifacts, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('search → age and municipality → listing → shortlist → the share link opens the same list', async () => {
    const context = await newDanishContext(browser)
    const page = await context.newPage()
    const response = await page.goto(baseURL())
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('da')

    // The home page's plain form: words, then the results page.
    await page.fill('#home-q', 'skole')
    await Promise.all([
      page.waitForURL(/\/soeg\?/),
      page.click('.quick-search button[type=submit]'),
    ])
    expect(new URL(page.url()).searchParams.get('q')).toBe('skole')
    const unfiltered = await resultsTotal(page)
    expect(unfiltered).toBeGreaterThan(0)
    expect(await page.locator('.hit-list mark').count()).toBeGreaterThan(0)

    // With JavaScript the filters update the results without a full page load.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    await page.selectOption('#f-age', '14')
    await page.waitForURL(/age=14/)
    await page.locator('#f-municipality-259').check()
    await page.waitForURL(/municipality=259/)
    await page.locator('#f-municipality-259[checked], #f-municipality-259:checked').waitFor()
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    const url = new URL(page.url())
    expect(url.searchParams.getAll('age')).toEqual(['14'])
    expect(url.searchParams.getAll('municipality')).toEqual(['259'])
    const filtered = await resultsTotal(page)
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThanOrEqual(unfiltered)
    // The active filters are shown and can be removed.
    expect(await page.locator('.active-filters .chip').count()).toBe(2)
    await page.screenshot({ path: `${artifacts}/results-1280.png`, fullPage: true })

    // The URL is the state: opening it afresh shows the same results.
    const fresh = await context.newPage()
    await fresh.goto(page.url())
    expect(await resultsTotal(fresh)).toBe(filtered)
    await fresh.close()

    // Open the first listing (offers, mentors or school options).
    const firstHit = page
      .locator(
        '.hit-list li[data-hit^="tilbud/"], .hit-list li[data-hit^="mentorordninger/"], .hit-list li[data-hit^="skoletilbud/"]',
      )
      .first()
    const entry = (await firstHit.getAttribute('data-hit'))!
    const title = (await firstHit.locator('.card__title').innerText()).trim()
    await Promise.all([page.waitForURL(`**/${entry}`), firstHit.locator('.card__title a').click()])
    expect((await page.locator('h1').innerText()).trim()).toBe(title)
    for (const heading of ['Hvem er det for', 'Hvad sker der', 'Sådan henviser du', 'Kontakt']) {
      expect(await page.getByRole('heading', { name: heading }).count(), heading).toBe(1)
    }
    expect(await page.locator('.key-facts').innerText()).toContain('Senest kontrolleret')

    await page.getByRole('button', { name: /Føj til huskeliste/ }).click()
    await page.getByRole('button', { name: /Fjern fra huskeliste/ }).waitFor()
    expect(await page.locator('[data-shortlist-count]').getAttribute('data-shortlist-count')).toBe(
      '1',
    )

    // The shortlist page puts the list in the URL and offers it as a link.
    await page.goto(`${baseURL()}${paths.shortlist()}`)
    await page.waitForURL(/huskeliste\?l=/)
    await page.locator(`li[data-listing="${entry}"]`).waitFor()
    const shareLink = await page.inputValue('#share-link')
    expect(shareLink).toContain(`l=${entry}`)
    await context.close()

    // Another browser (nothing stored) opens the same list from the link alone.
    const other = await newDanishContext(browser)
    const shared = await other.newPage()
    await shared.goto(shareLink)
    const items = shared.locator('.card-list li[data-listing]')
    expect(await items.count()).toBe(1)
    expect(await items.first().getAttribute('data-listing')).toBe(entry)
    expect((await items.first().locator('.card__title').innerText()).trim()).toBe(title)
    await shared.getByRole('button', { name: 'Gem som min huskeliste' }).click()
    expect(
      await shared.evaluate(() => window.localStorage.getItem('videnportal.huskeliste.v1')),
    ).toBe(JSON.stringify([entry]))
    await other.close()
  })

  it('the search and a shared list work without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'da-DK' })
    const page = await context.newPage()
    await page.goto(baseURL())
    await page.fill('#home-q', 'angst')
    await page.selectOption('#home-municipality', '259')
    await Promise.all([
      page.waitForURL(/\/soeg\?/),
      page.click('.quick-search button[type=submit]'),
    ])
    const url = new URL(page.url())
    expect(url.searchParams.get('q')).toBe('angst')
    expect(url.searchParams.get('municipality')).toBe('259')
    // The empty age field is sent by the plain form and ignored.
    expect(await resultsTotal(page)).toBeGreaterThan(0)
    // Filters are a plain form: tick a box and press the button.
    await page.locator('#f-kind-offer').check()
    await Promise.all([page.waitForURL(/kind=offer/), page.click('.filters__apply')])
    expect(await resultsTotal(page)).toBeGreaterThan(0)
    await context.close()
  })

  it('anonymous readers and a logged-in caseworker see different listings and fields', async () => {
    const anonymous = await newDanishContext(browser)
    const anon = await anonymous.newPage()
    expect(
      (await anon.goto(`${baseURL()}${paths.document('offer', internal.slug)}`))?.status(),
    ).toBe(404)
    await anon.goto(`${baseURL()}${paths.document('offer', paid.slug)}`)
    expect(await anon.locator('[data-internal-field="cost.rateDkk"]').count()).toBe(0)
    expect(await anon.locator('main').innerText()).toContain(
      'Taksten kan ses af fagpersoner, der er logget ind.',
    )
    await anon.goto(`${baseURL()}${paths.search()}`)
    const publicTotal = await resultsTotal(anon)
    expect(await anon.locator('.badge--internal').count()).toBe(0)
    await anonymous.close()

    const caseworker = await newDanishContext(browser)
    const page = await caseworker.newPage()
    await portalLogin(page, 'sagsbehandler@videnportal.local')
    expect(await page.locator('.site-nav__user').innerText()).toContain('sagsbehandler')
    const internalPage = await page.goto(`${baseURL()}${paths.document('offer', internal.slug)}`)
    expect(internalPage?.status()).toBe(200)
    expect((await page.locator('h1').innerText()).trim()).toBe(internal.title)
    expect(await page.locator('.notice--internal').count()).toBe(1)
    await page.goto(`${baseURL()}${paths.document('offer', paid.slug)}`)
    expect(await page.locator('[data-internal-field="cost.rateDkk"]').innerText()).toMatch(/kr/)
    await page.goto(`${baseURL()}${paths.search()}`)
    expect(await resultsTotal(page)).toBeGreaterThan(publicTotal)

    // Logging out ends the session: the internal listing is gone again.
    await Promise.all([
      page.waitForURL(`${baseURL()}/`),
      page.getByRole('button', { name: 'Log ud' }).click(),
    ])
    expect(
      (await page.goto(`${baseURL()}${paths.document('offer', internal.slug)}`))?.status(),
    ).toBe(404)
    await caseworker.close()
  })

  it('a wrong password gets a Danish message on the portal login page', async () => {
    const context = await newDanishContext(browser)
    const page = await context.newPage()
    await page.goto(`${baseURL()}${paths.login()}`)
    await page.fill('#login-email', 'konsulent@videnportal.local')
    await page.fill('#login-password', 'forkert-kodeord')
    await page.click('form.login-form button[type="submit"]')
    await page.locator('#login-error').waitFor()
    const message = await page.locator('#login-error').innerText()
    expect(message).toContain('forkert')
    // Every failure says that attempts lock the account and whom to ask (issue 11, class 8).
    expect(message).toContain('spærres kontoen i 10 minutter')
    expect(message).toContain('kontakt sekretariatet')
    expect(new URL(page.url()).pathname).toBe('/log-ind')
    await context.close()
  })

  it('the search flow works by keyboard alone', async () => {
    const context = await newDanishContext(browser)
    const page = await context.newPage()
    await page.goto(baseURL())
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '')
    const tabTo = async (predicate: () => Promise<boolean>, limit = 80) => {
      for (let i = 0; i < limit; i++) {
        if (await predicate()) return
        await page.keyboard.press('Tab')
      }
      throw new Error('the element was never reached with Tab')
    }

    // The skip link is the first stop and moves focus to the content.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link')
    await page.keyboard.press('Enter')
    await tabTo(async () => (await focused()) === 'home-q')
    await page.keyboard.type('mentor')
    await Promise.all([page.waitForURL(/\/soeg\?q=mentor/), page.keyboard.press('Enter')])
    expect(await resultsTotal(page)).toBeGreaterThan(0)

    // A filter by keyboard: the results follow, and focus stays on the filter.
    await tabTo(async () => (await focused()) === 'f-municipality-259')
    await page.keyboard.press('Space')
    await page.waitForURL(/municipality=259/)
    await page.waitForFunction(() => document.activeElement?.id === 'f-municipality-259')

    // On to the first listing among the hits (not a legislation note) and into it.
    await tabTo(() =>
      page.evaluate(() => {
        const hit = document.activeElement?.closest('.hit-list li[data-hit]')
        return Boolean(
          document.activeElement?.closest('.card__title') &&
          !hit?.getAttribute('data-hit')?.startsWith('lovgivning/'),
        )
      }),
    )
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)
    await Promise.all([page.waitForURL(target), page.keyboard.press('Enter')])
    await tabTo(() =>
      page.evaluate(
        () =>
          document.activeElement?.tagName === 'BUTTON' &&
          (document.activeElement.textContent ?? '').includes('Føj til huskeliste'),
      ),
    )
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: /Fjern fra huskeliste/ }).waitFor()
    await context.close()
  })

  it('a legislation note and the listings it concerns link to each other', async () => {
    const payload = await getTestPayload()
    const { docs } = await payload.find({
      collection: 'legislation-notes',
      where: {
        and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }],
      },
      select: { slug: true, title: true, affects: true },
      depth: 1,
      limit: 50,
    })
    // A note that concerns at least one listing an anonymous reader may see.
    const note = docs.find((doc) =>
      (doc.affects ?? []).some(
        (ref) =>
          typeof ref.value === 'object' &&
          ref.value.visibility === 'public' &&
          ref.value._status === 'published',
      ),
    )
    if (!note) throw new Error('no public note concerns a public listing in the sample content')
    const context = await newDanishContext(browser)
    const page = await context.newPage()
    await page.goto(`${baseURL()}${paths.document('legislation-note', note.slug!)}`)
    expect((await page.locator('h1').innerText()).trim()).toBe(note.title)
    const listing = page.locator('.card-list li[data-listing]').first()
    const entry = (await listing.getAttribute('data-listing'))!
    await Promise.all([page.waitForURL(`**/${entry}`), listing.locator('.card__title a').click()])
    const notes = page.locator('section[aria-labelledby="noter"]')
    expect(await notes.innerText()).toContain(note.title)
    await context.close()
  })

  it('bad addresses get a Danish answer, never a server error', async () => {
    const bad = await fetch(`${baseURL()}/soeg?age=gammel&foo=1`)
    expect(bad.status).toBe(200)
    const html = await bad.text()
    expect(html).toContain('Søgningen kunne ikke forstås')
    expect(html).toContain('alder')
    expect(html).toContain('ukendte parameter')
    for (const path of [
      '/tilbud/FINDES%20IKKE',
      '/tilbud/findes-ikke',
      '/kommuner/12',
      '/kommuner/101',
      '/noget/helt/andet',
      '/en/nothing-here',
    ]) {
      const response = await fetch(`${baseURL()}${path}`)
      expect(response.status, path).toBe(404)
    }
    const list = await fetch(`${baseURL()}/huskeliste?l=../../etc`)
    expect(list.status).toBe(200)
    expect(await list.text()).toContain('Linket til huskelisten er ugyldigt')
  })

  it('screenshots of home, results and a listing at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const context = await newDanishContext(browser, width, 900)
      const page = await context.newPage()
      await page.goto(baseURL())
      await page.screenshot({ path: `${artifacts}/home-${width}.png`, fullPage: true })
      await page.goto(`${baseURL()}/soeg?q=angst&age=14&municipality=259`)
      await page.screenshot({ path: `${artifacts}/results-${width}.png`, fullPage: true })
      await page.goto(`${baseURL()}${paths.document('offer', paid.slug)}`)
      await page.screenshot({ path: `${artifacts}/listing-${width}.png`, fullPage: true })
      // Nothing is wider than the screen.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0)
      await context.close()
    }
  })

  it('English lives under /en and Norwegian under /nb, with the same pages', async () => {
    const context = await newDanishContext(browser)
    const page = await context.newPage()
    await page.goto(`${baseURL()}/en`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.locator('h1').innerText()).toContain('children and young people')
    await page.goto(`${baseURL()}/en${paths.document('offer', paid.slug)}`)
    expect(await page.getByRole('heading', { name: 'How to refer' }).count()).toBe(1)
    // The language switch leads to the same page in Danish and in Norwegian.
    await Promise.all([
      page.waitForURL(`${baseURL()}${paths.document('offer', paid.slug)}`),
      page.getByRole('link', { name: 'Dansk', exact: true }).click(),
    ])
    expect(await page.getAttribute('html', 'lang')).toBe('da')
    await Promise.all([
      page.waitForURL(`${baseURL()}${paths.document('offer', paid.slug, 'nb')}`),
      page.getByRole('link', { name: 'Norsk (bokmål)', exact: true }).click(),
    ])
    expect(await page.getAttribute('html', 'lang')).toBe('nb')
    expect(await page.getByRole('heading', { name: 'Slik henviser du' }).count()).toBe(1)
    await context.close()
  })

  it('logs into the admin with a demo login and sees the collections in Danish', async () => {
    const context = await browser.newContext({ locale: 'da-DK' })
    const page = await context.newPage()
    const cspViolations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text())
    })
    await page.goto(`${baseURL()}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await page.fill('input[name="email"]', 'admin@videnportal.local')
    await page.fill('input[name="password"]', 'demo1234')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
    await page.getByRole('link', { name: 'Kommuner' }).first().waitFor({ timeout: 30_000 })
    const labels = [
      'Tilbud',
      'Mentorordninger',
      'Skoletilbud',
      'Organisationer',
      'Lovgivningsnoter',
      'Lovgrundlag',
      'Emner',
      'Billeder og PDF',
      'Brugere',
      'Kommuner',
    ]
    for (const label of labels) {
      expect(
        await page.getByRole('link', { name: label, exact: true }).count(),
        label,
      ).toBeGreaterThan(0)
    }
    await page.screenshot({ path: `${artifacts}/admin-dashboard.png` })

    // An offer's edit view groups its fields in Danish tabs.
    await page.goto(`${baseURL()}/admin/collections/offers`)
    // Go to the first row's link rather than click it: a click while the list is still being
    // rendered can land on a row that is replaced, and then nothing opens.
    const firstOffer = page.locator('.table a, .cell-title a').first()
    await firstOffer.waitFor({ timeout: 30_000 })
    const href = await firstOffer.getAttribute('href')
    expect(href).toMatch(/\/admin\/collections\/offers\/\d+/)
    await page.goto(new URL(href!, baseURL()).toString())
    await page.getByRole('button', { name: 'Målgruppe' }).first().waitFor({ timeout: 60_000 })
    for (const tab of ['Indhold', 'Henvisning og pris', 'Kontakt og sted', 'Evidens']) {
      expect(await page.getByRole('button', { name: tab }).count(), tab).toBeGreaterThan(0)
    }
    await page.screenshot({ path: `${artifacts}/admin-offer.png`, fullPage: true })
    expect(cspViolations).toEqual([])
    await context.close()
  })

  it('refuses a wrong password with a message and stays on the login page', async () => {
    const context = await browser.newContext({ locale: 'da-DK' })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/admin/login`)
    await page.fill('input[name="email"]', 'konsulent@videnportal.local')
    await page.fill('input[name="password"]', 'forkert-kodeord')
    await page.click('button[type="submit"]')
    const toast = page.locator('.toast-error, .Toastify__toast--error, [data-sonner-toast]').first()
    await toast.waitFor()
    expect(await toast.innerText()).toContain('kontakt sekretariatet')
    expect(page.url()).toContain('/admin/login')
    await context.close()
  })
})
