import type { Browser, Page } from 'playwright-core'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { axeViolations } from '../helpers/portal'

const artifacts = 'test-results'

/** A browser that asks for American English first, as headless Chromium does by default. */
async function englishFirstPage(browser: Browser, cookies: { name: string; value: string }[] = []) {
  const context = await browser.newContext({
    locale: 'en-US',
    extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' },
    viewport: { width: 1280, height: 900 },
  })
  if (cookies.length) {
    const { hostname } = new URL(baseURL())
    await context.addCookies(cookies.map((cookie) => ({ ...cookie, domain: hostname, path: '/' })))
  }
  return context.newPage()
}

async function consultant(browser: Browser): Promise<Page> {
  const page = await englishFirstPage(browser)
  await page.goto(`${baseURL()}/admin/login`)
  await page.fill('input[name="email"]', 'konsulent@videnportal.local')
  await page.fill('input[name="password"]', 'demo1234')
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
  return page
}

type DateCase = {
  collection: CollectionSlug
  /** Dotted path of the date in the document, and the id Payload gives its field wrapper. */
  path: string
  typed: string
  saved: string
  /** The save button: drafts for versioned collections, a plain save otherwise. */
  save: '#action-save-draft' | '#action-save'
  /** The tab of the edit view that holds the field, when it is not the first. */
  tab?: string
}

const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc)

async function storedValue(payload: Payload, collection: CollectionSlug, id: number, path: string) {
  const doc = await payload.findByID({ collection, id, draft: true, depth: 0 })
  return valueAt(doc, path)
}

/** The date input inside the field's wrapper (`#field-<path with __>`). */
const dateInput = (page: Page, path: string) =>
  page.locator(`#field-${path.replace(/\./g, '__')} input`).first()

async function typeDate(page: Page, path: string, typed: string) {
  const input = dateInput(page, path)
  await input.waitFor({ timeout: 30_000 })
  await input.click()
  await input.fill(typed)
  await input.press('Tab')
}

async function waitForValue(
  payload: Payload,
  collection: CollectionSlug,
  id: number,
  path: string,
  expected: string,
) {
  const deadline = Date.now() + 20_000
  let last: unknown
  while (Date.now() < deadline) {
    last = await storedValue(payload, collection, id, path)
    if (last === expected) return last
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return last
}

describe.skipIf(browserUnavailable())('the admin in Danish', () => {
  let browser: Browser
  let payload: Payload
  const restore: Array<() => Promise<unknown>> = []
  const ids: Partial<Record<string, number>> = {}

  beforeAll(async () => {
    browser = await launchBrowser()
    payload = await getTestPayload()
    const first = async (collection: CollectionSlug, where = {}) => {
      const { docs } = await payload.find({ collection, where, depth: 0, limit: 1, sort: 'id' })
      if (!docs[0]) throw new Error(`no ${collection} in the sample content`)
      return docs[0] as unknown as { id: number } & Record<string, unknown>
    }
    for (const collection of [
      'legislation-notes',
      'offers',
      'mentors',
      'school-options',
    ] as const) {
      ids[collection] = (await first(collection, { _status: { equals: 'published' } })).id
    }
    // A cooperation of its own (issue 19: the agreements moved there), removed afterwards.
    const organization = await first('organizations', { type: { equals: 'ngo' } })
    const municipality = await first('municipalities', { code: { equals: '259' } })
    const cooperation = await payload.create({
      collection: 'cooperations',
      data: {
        title: `Datofeltets samarbejde ${uniqueKey('coop')}`,
        organization: organization.id,
        municipalities: [municipality.id],
        visibility: 'internal',
        agreement: {
          purpose: 'Test af datofeltet.',
          periodFrom: '2025-01-01',
          contacts: [{ party: 'Kommunen', name: 'Karin Kontakt', email: 'karin@kommune.example' }],
        },
      } as never,
    })
    ids.cooperations = cooperation.id
    restore.push(() => payload.delete({ collection: 'cooperations', id: cooperation.id }))
    const basis = await payload.create({
      collection: 'legal-bases',
      data: {
        externalId: uniqueKey('test-lovgrundlag'),
        law: 'barnets-lov',
        paragraph: '999',
        heading: 'Testbestemmelse til datofeltet',
        eli: 'https://www.retsinformation.dk/eli/lta/2023/721',
        validFrom: '2024-01-01',
      },
    })
    ids['legal-bases'] = basis.id
    restore.push(() => payload.delete({ collection: 'legal-bases', id: basis.id }))
    // Whatever the drafts saved here changed, the published documents are written back as they were.
    for (const collection of [
      'legislation-notes',
      'offers',
      'mentors',
      'school-options',
    ] as const) {
      const id = ids[collection]!
      const original = (await payload.findByID({ collection, id, depth: 0 })) as unknown as Record<
        string,
        unknown
      >
      const data =
        collection === 'legislation-notes'
          ? { effectiveDate: original.effectiveDate }
          : { capacity: original.capacity }
      restore.push(() =>
        payload.update({ collection, id, data, context: { disableRevalidate: true } }),
      )
    }
  })

  afterAll(async () => {
    for (const undo of restore) await undo().catch(() => undefined)
    await browser?.close()
  })

  it('shows the login screen in Danish to a browser that asks for en-US first, with no axe violations', async () => {
    const page = await englishFirstPage(browser)
    await page.goto(`${baseURL()}/admin/login`)
    await page.locator('input[name="email"]').waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('da')
    expect(await page.locator('label[for="field-email"]').innerText()).toContain('E-mail')
    expect(await page.locator('label[for="field-password"]').innerText()).toContain('Adgangskode')
    expect((await page.locator('button[type="submit"]').innerText()).trim()).toBe('Log ind')
    await page.waitForLoadState('networkidle')
    const violations = await axeViolations(page)
    if (violations.length) await page.screenshot({ path: `${artifacts}/admin-login-axe.png` })
    expect(violations).toEqual([])
    await page.context().close()
  })

  it('still lets a user choose another language (the payload-lng cookie of the account view)', async () => {
    const page = await englishFirstPage(browser, [{ name: 'payload-lng', value: 'en' }])
    await page.goto(`${baseURL()}/admin/login`)
    await page.locator('input[name="email"]').waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect((await page.locator('button[type="submit"]').innerText()).trim()).toBe('Login')
    await page.context().close()
  })

  it('shows the corrected Danish texts in an edit view', async () => {
    const page = await consultant(browser)
    // The agreements moved from organizations into cooperations (issue 19).
    await page.goto(`${baseURL()}/admin/collections/cooperations/${ids.cooperations}`)
    await page.locator('#field-title').waitFor({ timeout: 30_000 })
    // The agreement is a collapsed tool: open it to see its contact persons.
    await page.getByText('Samarbejdsaftale', { exact: true }).first().click()
    await page.getByText('Kontaktperson 01').first().waitFor({ timeout: 30_000 })
    const text = await page.locator('body').innerText()
    expect(text).not.toContain('Skjul alt"')
    expect(text).not.toContain('Redigere')
    expect(text).toContain('Skjul alle')
    // »Tilføj kontaktperson« mid-sentence, »Kontaktperson 01« as a row heading.
    expect(text).toContain('Tilføj kontaktperson')
    expect(text).not.toContain('Tilføj Kontaktperson')
    expect(text).toContain('Kontaktperson 01')
    await page.context().close()
  })

  const cases: DateCase[] = [
    {
      collection: 'legislation-notes',
      path: 'effectiveDate',
      typed: '01.08.2027',
      saved: '2027-08-01T12:00:00.000Z',
      save: '#action-save-draft',
    },
    {
      collection: 'legislation-notes',
      path: 'effectiveDate',
      typed: '15.01.2027',
      saved: '2027-01-15T12:00:00.000Z',
      save: '#action-save-draft',
    },
    {
      collection: 'offers',
      // A listing's verification dates are read-only (set by actions): its capacity date instead.
      path: 'capacity.asOf',
      tab: 'Henvisning og pris',
      typed: '02.03.2026',
      saved: '2026-03-02T12:00:00.000Z',
      save: '#action-save-draft',
    },
    {
      collection: 'mentors',
      // A listing's verification dates are read-only (set by actions): its capacity date instead.
      path: 'capacity.asOf',
      tab: 'Henvisning og pris',
      typed: '1. august 2026',
      saved: '2026-08-01T12:00:00.000Z',
      save: '#action-save-draft',
    },
    {
      collection: 'school-options',
      // A listing's verification dates are read-only (set by actions): its capacity date instead.
      path: 'capacity.asOf',
      tab: 'Henvisning og pris',
      typed: '5/11/2026',
      saved: '2026-11-05T12:00:00.000Z',
      save: '#action-save-draft',
    },
    {
      collection: 'cooperations',
      path: 'agreement.periodFrom',
      typed: '03.02.2025',
      saved: '2025-02-03T12:00:00.000Z',
      save: '#action-save',
    },
    {
      collection: 'legal-bases',
      path: 'validFrom',
      typed: '07.06.2024',
      saved: '2024-06-07T12:00:00.000Z',
      save: '#action-save',
    },
  ]

  it.each(cases)(
    '$collection: a consultant types $typed in $path and the day meant is saved',
    async ({ collection, path, typed, saved, save, tab }) => {
      const page = await consultant(browser)
      const id = ids[collection]!
      await page.goto(`${baseURL()}/admin/collections/${collection}/${id}`)
      if (tab) await page.locator('.tabs-field__tab-button', { hasText: tab }).first().click()
      await typeDate(page, path, typed)
      await page.click(save)
      const stored = await waitForValue(payload, collection, id, path, saved)
      if (stored !== saved)
        await page.screenshot({ path: `${artifacts}/admin-date-${collection}.png` })
      expect(stored).toBe(saved)
      // The edit view shows it the Danish way after a reload.
      await page.reload()
      if (tab) await page.locator('.tabs-field__tab-button', { hasText: tab }).first().click()
      await dateInput(page, path).waitFor()
      expect(await dateInput(page, path).inputValue()).toBe(
        saved.slice(8, 10) + '.' + saved.slice(5, 7) + '.' + saved.slice(0, 4),
      )
      await page.context().close()
    },
  )

  it.each(['32.13.2027', 'i morgen'])('refuses %s in Danish and saves nothing', async (typed) => {
    const collection = 'legislation-notes'
    const id = ids[collection]!
    const before = await storedValue(payload, collection, id, 'effectiveDate')
    const page = await consultant(browser)
    await page.goto(`${baseURL()}/admin/collections/${collection}/${id}`)
    await typeDate(page, 'effectiveDate', typed)
    const problem = page.locator('#field-effectiveDate [role="alert"]')
    await problem.waitFor({ timeout: 10_000 })
    expect(await problem.innerText()).toMatch(/kan ikke læses som en dato|er ikke en dato/)
    expect(await problem.innerText()).toContain('dd.mm.åååå')
    // The field with its refusal (and its calendar open) passes axe (WCAG 2.1 AA).
    await page.click('#field-effectiveDate .danish-date-field__calendar-button')
    await page.locator('#field-effectiveDate .react-datepicker').waitFor()
    expect(await axeViolations(page, '.danish-date-field')).toEqual([])
    await page
      .locator('#field-effectiveDate')
      .screenshot({ path: `${artifacts}/admin-date-refused.png` })
    await page.click('#action-save-draft')
    // The save is refused (a toast says so); the stored date is what it was.
    await page.locator('[data-sonner-toast]').first().waitFor({ timeout: 20_000 })
    expect(await storedValue(payload, collection, id, 'effectiveDate')).toBe(before)
    await page.context().close()
  })

  it('refuses a Danish date the API cannot read, and never reads one the American way', async () => {
    const id = ids['legal-bases']!
    const login = await fetch(`${baseURL()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'konsulent@videnportal.local', password: 'demo1234' }),
    })
    const { token } = (await login.json()) as { token: string }
    const patch = (validFrom: string) =>
      fetch(`${baseURL()}/api/legal-bases/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ validFrom }),
      })
    const readable = await patch('08/01/2027')
    expect(readable.status).toBe(200)
    expect(await storedValue(payload, 'legal-bases', id, 'validFrom')).toBe(
      '2027-01-08T12:00:00.000Z',
    )
    const refused = await patch('31.02.2027')
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('februar 2027 har 28 dage')
    expect(await storedValue(payload, 'legal-bases', id, 'validFrom')).toBe(
      '2027-01-08T12:00:00.000Z',
    )
  })

  it('shows dates the Danish way in the list view', async () => {
    const page = await consultant(browser)
    await page.goto(`${baseURL()}/admin/collections/legal-bases?search=Testbestemmelse`)
    const row = page.locator('tr', { hasText: 'Testbestemmelse til datofeltet' })
    await row.waitFor({ timeout: 30_000 })
    // Set to 8 January 2027 by the API test above.
    expect(await row.innerText()).toContain('8. januar 2027')
    await page.context().close()
  })

  it('lists no English words on the account, list and edit views an editor uses', async () => {
    const page = await consultant(browser)
    const english =
      /\b(Email|Login|Logout|Edit|Create New|Search by|Filters|Columns|Per Page|Save|Publish|Collapse All|Show All|Add)\b/
    for (const path of [
      '/admin',
      '/admin/account',
      '/admin/collections/legislation-notes',
      `/admin/collections/legislation-notes/${ids['legislation-notes']}`,
      `/admin/collections/offers/${ids.offers}`,
    ]) {
      await page.goto(`${baseURL()}${path}`)
      await page.waitForLoadState('networkidle')
      const text = await page.locator('body').innerText()
      expect(text.match(english)?.[0], path).toBeUndefined()
    }
    await page.context().close()
  })
})
