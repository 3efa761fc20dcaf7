import { mkdirSync } from 'node:fs'

import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { syncDocuments } from '@/search/indexing/indexer'
import { textToLexical } from '@/utilities/richText'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { pdfWithText } from '../helpers/documents'
import { sampleIds, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken, uploadForm } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { axeViolations, newDanishContext, portalLogin } from '../helpers/portal'

/**
 * The network's own work in a browser (issue 18). Everything the tests read is their own: a
 * network (internal, so its calendar needs the signed per-user link) with a leader (a consultant)
 * and a member (a caseworker of its member municipality), an indicator set with two years of answers, and a method with a PDF. The leader
 * creates an activity and a meeting agenda in the admin; the member reads both on /netvaerk/<slug>
 * and the meeting's page, and their signed .ics URL carries the activity; the member finds the
 * method in the portal's search box and /metoder by a word only its PDF holds; the indicator
 * chart renders with its table; the new pages have no axe violations.
 */
const artifacts = 'test-results'
const key = uniqueKey('e2e-net')
const slug = key.toLowerCase().replace(/[^a-z0-9]+/g, '-')
const networkName = `Testnetværk for skolefravær ${key}`
const activityTitle = `Temadag om skolevægring ${key}`
const meetingTitle = `Netværksmøde om skolevægring ${key}`
const agendaItem = `Fælles arbejdsgang for skolevægring ${key}`
const password = 'netvaerk-kodeord-7'
const leaderEmail = `${uniqueKey('leder')}@test.local`.toLowerCase()
const memberEmail = `${uniqueKey('medlem')}@test.local`.toLowerCase()
// A word no sample text has (letters only, so that no analyser splits it): only the PDF holds it.
const pdfWord = `kvistrupskema${Date.now()
  .toString(36)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`
const methodTitle = `Skabelon til tværfaglig opfølgning ${key}`

let payload: Payload
let browser: Browser
let networkId = 0
let meetingId = 0
let methodSlug = ''
const created: Array<{ collection: string; id: number }> = []

/** A context whose steps wait as long as a cold server on a busy machine needs. */
async function patientContext(width = 1280): Promise<BrowserContext> {
  const context = await newDanishContext(browser, width)
  context.setDefaultTimeout(120_000)
  context.setDefaultNavigationTimeout(180_000)
  return context
}

/** The page's script errors and failed requests, for a failing step to tell why. */
function watch(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`HTTP ${response.status()} ${response.url()}`)
  })
  return problems
}

/** Runs a step; when it fails, a screenshot and what the page reported go with the error. */
async function step<T>(page: Page, problems: string[], name: string, run: () => Promise<T>) {
  try {
    return await run()
  } catch (error) {
    mkdirSync(artifacts, { recursive: true })
    const shot = `${artifacts}/networks-${name}.png`
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined)
    throw new Error(
      `${name} failed at ${page.url()} (screenshot ${shot}): ${(error as Error).message}\n` +
        problems.slice(-20).join('\n'),
    )
  }
}

async function adminLogin(email: string) {
  const page = await (await patientContext()).newPage()
  const problems = watch(page)
  await page.goto(`${baseURL()}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await Promise.all([
    page.waitForURL((url) => !url.pathname.includes('/login')),
    page.click('button[type="submit"]'),
  ])
  return { page, problems }
}

/** Picks an option of a react-select field, typing to narrow it (the list may be long). */
async function choose(page: Page, field: string, option: string | RegExp, typed?: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  if (typed) await page.locator(`#field-${field} input`).first().fill(typed)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/** Types a Danish date into the admin's date field and leaves it, so that it is read. */
async function typeDate(page: Page, field: string, typed: string) {
  const input = page.locator(`input[name="${field}"]`)
  await input.fill(typed)
  await input.press('Tab')
}

/** Opens a create view and waits until its form can be filled (the title field is editable). */
async function openCreate(page: Page, problems: string[], collection: string) {
  await page.goto(`${baseURL()}/admin/collections/${collection}/create`)
  await step(page, problems, `create-${collection}`, () =>
    page.locator('#field-title:not([disabled]):not([readonly])').waitFor(),
  )
}

const successToast = (page: Page) =>
  page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first()

/** Saves the document and waits for its own view (the id in the address). */
async function save(page: Page, problems: string[], name: string) {
  await step(page, problems, `save-${name}`, async () => {
    await page.getByRole('button', { name: 'Gem', exact: true }).click()
    await successToast(page).waitFor()
    await page.waitForURL((url) => /\/\d+$/.test(url.pathname))
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  browser = await launchBrowser()
  const { koege } = await sampleIds(payload)
  const user = async (email: string, role: string, name: string) => {
    const doc = await payload.create({
      collection: 'users',
      data: { email, password, name, role, municipality: koege } as never,
      depth: 0,
      overrideAccess: true,
    })
    return doc.id
  }
  const leader = await user(leaderEmail, 'consultant', 'Lise Leder')
  await user(memberEmail, 'caseworker', 'Mads Medlem')
  const network = await payload.create({
    collection: 'networks',
    data: {
      name: networkName,
      slug,
      formality: 'formal',
      task: 'closed',
      visibility: 'internal',
      memberMunicipalities: [koege],
      leader,
      kommissorium: { purpose: 'At styrke det fælles arbejde med skolefravær.' },
    } as never,
    depth: 0,
    overrideAccess: true,
  })
  networkId = network.id
  created.push({ collection: 'networks', id: network.id })

  // Two years of answers from the member municipality to an indicator set of the network.
  const set = await payload.create({
    collection: 'quality-indicator-sets',
    data: {
      network: networkId,
      title: `Samarbejdets kvalitet ${key}`,
      themes: [
        {
          theme: 'Koordinering',
          indicators: [
            { statement: 'Vi ved, hvem der gør hvad, når et barn har brug for flere indsatser.' },
          ],
        },
      ],
    } as never,
    depth: 0,
    overrideAccess: true,
  })
  created.push({ collection: 'quality-indicator-sets', id: set.id })
  const indicator = set.themes?.[0]?.indicators?.[0]?.key
  for (const [year, score] of [
    [2025, 2],
    [2026, 4],
  ] as const) {
    const answer = await payload.create({
      collection: 'quality-answers',
      data: {
        network: networkId,
        indicatorSet: set.id,
        municipality: koege,
        year,
        scores: [{ indicator, score }],
      } as never,
      depth: 0,
      overrideAccess: true,
    })
    created.push({ collection: 'quality-answers', id: answer.id })
  }
}, 300_000)

afterAll(async () => {
  await browser?.close()
  for (const { collection, id } of created.reverse())
    await payload
      .delete({ collection: collection as never, id, overrideAccess: true })
      .catch(() => undefined)
  await payload
    .delete({
      collection: 'users',
      where: { email: { in: [leaderEmail, memberEmail] } },
      overrideAccess: true,
    })
    .catch(() => undefined)
})

describe.skipIf(browserUnavailable())('networks in the browser (issue 18)', () => {
  it('the network leader creates an activity and a meeting agenda in the admin', async () => {
    const { page: leader, problems } = await adminLogin(leaderEmail)

    await openCreate(leader, problems, 'network-activities')
    await step(leader, problems, 'fill-activity', async () => {
      await choose(leader, 'network', networkName, key)
      await leader.fill('#field-title', activityTitle)
      await leader.fill(
        '#field-purpose',
        'At give skole og myndighed et fælles sprog om skolevægring.',
      )
      await choose(leader, 'genre', /^Temadag$/)
      await leader.fill('#field-expectedProduct', 'En fælles tjekliste for de første 14 dage.')
      await typeDate(leader, 'startsAt', '18.03.2027 09.00')
    })
    await save(leader, problems, 'activity')

    await openCreate(leader, problems, 'network-meetings')
    await step(leader, problems, 'fill-meeting', async () => {
      await choose(leader, 'network', networkName, key)
      await leader.fill('#field-title', meetingTitle)
      await typeDate(leader, 'startsAt', '18.03.2027 13.00')
      await leader
        .locator('#field-agenda')
        .getByRole('button', { name: /Tilføj/ })
        .first()
        .click()
      await leader.locator('#field-agenda__0__title').fill(agendaItem)
      await choose(leader, 'agenda__0__purpose', /^Beslutning$/)
      await leader.locator('#field-agenda__0__minutes').fill('30')
    })
    await save(leader, problems, 'meeting')
    await leader.context().close()

    const { docs: activities } = await payload.find({
      collection: 'network-activities',
      where: { title: { equals: activityTitle } },
      depth: 0,
      limit: 1,
    })
    expect(activities[0]).toMatchObject({
      network: networkId,
      genre: 'temadag',
      startsAt: '2027-03-18T08:00:00.000Z',
    })
    created.push({ collection: 'network-activities', id: activities[0]!.id })
    const { docs } = await payload.find({
      collection: 'network-meetings',
      where: { title: { equals: meetingTitle } },
      depth: 0,
      limit: 1,
    })
    expect(docs[0]?.network).toBe(networkId)
    expect(docs[0]?.agenda?.[0]).toMatchObject({
      title: agendaItem,
      purpose: 'beslutning',
      minutes: 30,
    })
    meetingId = docs[0]!.id
    created.push({ collection: 'network-meetings', id: meetingId })
  }, 600_000)

  it('a member reads the plan and the agenda; their signed .ics link carries the activity', async () => {
    expect(meetingId).toBeGreaterThan(0)
    for (const width of [1280, 390]) {
      const context = await patientContext(width)
      const member = await context.newPage()
      await portalLogin(member, memberEmail, password)
      await member.goto(`${baseURL()}/netvaerk/${slug}?aar=2027`)
      const row = member.locator('.plan-table tbody tr', { hasText: activityTitle })
      await row.waitFor()
      expect(await row.innerText()).toContain('Temadag')
      expect(await row.innerText()).toContain('En fælles tjekliste for de første 14 dage.')

      await Promise.all([
        member.waitForURL(new RegExp(`/moeder/${meetingId}$`)),
        member.locator('section[aria-labelledby="moeder"] a', { hasText: meetingTitle }).click(),
      ])
      const agenda = member.locator('.agenda-table', { hasText: agendaItem })
      expect(await agenda.innerText()).toMatch(/Beslutning\s+30 min\./)
      await context.close()
    }

    // The plan is internal: the feed without a token is refused, the member's own link works.
    const bare = await fetch(`${baseURL()}/netvaerk/${slug}/aarsplan.ics`)
    expect(bare.status).not.toBe(200)
    const context = await patientContext()
    const member = await context.newPage()
    await portalLogin(member, memberEmail, password)
    await member.goto(`${baseURL()}/netvaerk/${slug}`)
    await Promise.all([
      member.waitForURL((url) => url.searchParams.get('kalender') === 'ny'),
      member.locator('#kalender button[type="submit"]').click(),
    ])
    const href = await member.locator('#kalender a.feed-link').getAttribute('href')
    await context.close()
    const feedUrl = new URL(href!)
    expect(feedUrl.searchParams.get('t')).toBeTruthy()
    // Calendar clients send no cookie: a plain fetch of the signed URL.
    const response = await fetch(`${baseURL()}${feedUrl.pathname}${feedUrl.search}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/calendar')
    const body = (await response.text()).replace(/\r\n[ \t]/g, '')
    expect(body).toContain(`SUMMARY:${activityTitle}`)
    expect(body).toContain('DTSTART:20270318T080000Z')
  }, 420_000)

  it('a method with a PDF is found in the search box and in /metoder by a word only its PDF holds', async () => {
    // The leader uploads the PDF and writes the method over REST, as the admin does.
    const leaderToken = await loginToken(leaderEmail, password)
    const pdf = await pdfWithText([
      'Skabelon til tværfaglig opfølgning',
      `Udfyld ${pdfWord} sammen med skolen inden mødet.`,
    ])
    const uploaded = await fetch(`${baseURL()}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${leaderToken}` },
      body: uploadForm(pdf, 'opfoelgning-skabelon.pdf', 'application/pdf', 'Skabelon (PDF)'),
    })
    expect(uploaded.status).toBe(201)
    const media = ((await uploaded.json()) as { doc: { id: number } }).doc
    created.push({ collection: 'media', id: media.id })
    // access: the hidden field, read to tell a failed extraction in the server from a search miss.
    const stored = await payload.findByID({
      collection: 'media',
      id: media.id,
      select: { documentText: true },
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.documentText).toContain(pdfWord)

    const response = await fetch(`${baseURL()}/api/methods?draft=false`, {
      method: 'POST',
      headers: { Authorization: `JWT ${leaderToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        network: networkId,
        title: methodTitle,
        methodType: 'template',
        summary: 'En skabelon til at følge op på fravær sammen med skolen.',
        description: textToLexical('Skabelonen bruges på det første fælles møde.'),
        whenToUse: 'Når fraværet er over ti procent.',
        evidenceLevel: 'experience-based',
        owner: 'Arbejdsgruppen for skolefravær',
        version: '1.0',
        files: [media.id],
        visibility: 'internal',
        _status: 'published',
      }),
    })
    const body = (await response.json()) as { doc?: { id: number; slug: string } }
    expect(response.status).toBe(201)
    created.push({ collection: 'methods', id: body.doc!.id })
    methodSlug = body.doc!.slug
    // The file's text is for the search only: never sent.
    expect(JSON.stringify(body)).not.toContain(pdfWord)
    // The search sync the save queued, run here rather than waited for.
    await syncDocuments(payload, 'methods', [body.doc!.id])

    const context = await patientContext(390)
    const member = await context.newPage()
    const problems = watch(member)
    await portalLogin(member, memberEmail, password)
    await member.goto(`${baseURL()}/soeg`)
    await member.fill('#q', pdfWord)
    await Promise.all([
      member.waitForURL((url) => url.searchParams.get('q') === pdfWord),
      member.locator('.search-bar button[type="submit"]').click(),
    ])
    const hit = member.locator('.hit-list li[data-hit]', { hasText: methodTitle })
    await step(member, problems, 'search-pdf-word', () => hit.waitFor())
    expect(await member.locator('.hit-list li[data-hit]').count()).toBe(1)

    await member.goto(`${baseURL()}/metoder`)
    await member.locator('form[data-method-filters] input[name="q"]').fill(pdfWord)
    await Promise.all([
      member.waitForURL((url) => url.searchParams.get('q') === pdfWord),
      member.locator('form[data-method-filters] button[type="submit"]').click(),
    ])
    const card = member.locator(`[data-methods] [data-method="${methodSlug}"] a`)
    await step(member, problems, 'metoder-pdf-word', () => card.waitFor())
    expect(await member.locator('[data-method-count]').getAttribute('data-method-count')).toBe('1')
    await Promise.all([
      member.waitForURL((url) => url.pathname.endsWith(`/metoder/${methodSlug}`)),
      card.click(),
    ])
    expect(await member.locator('h1').innerText()).toContain(methodTitle)
    await context.close()

    // Anonymous readers find nothing: the method is internal.
    const anonymous = await fetch(`${baseURL()}/api/search?q=${pdfWord}`)
    expect(((await anonymous.json()) as { total: number }).total).toBe(0)
  }, 420_000)

  it('the indicator chart renders with its table alternative', async () => {
    const context = await patientContext()
    const member = await context.newPage()
    await portalLogin(member, memberEmail, password)
    const response = await member.goto(`${baseURL()}/netvaerk/${slug}/samarbejde`)
    expect(response?.status()).toBe(200)
    const chart = member.locator('figure.quality-chart').first()
    await chart.waitFor()
    expect(await chart.locator('svg').count()).toBe(1)
    const table = chart.locator('table.quality-table')
    const text = await table.innerText()
    expect(text).toContain('2025')
    expect(text).toContain('2026')
    await context.close()
  }, 240_000)

  it('has no axe violations on the new pages, at 1280 and 390 px', async () => {
    expect(meetingId).toBeGreaterThan(0)
    expect(methodSlug).not.toBe('')
    const pages = [
      '/netvaerk',
      `/netvaerk/${slug}?aar=2027`,
      `/netvaerk/${slug}/kommissorium`,
      `/netvaerk/${slug}/moeder/${meetingId}`,
      '/netvaerk/opfoelgning',
      `/netvaerk/${slug}/samarbejde`,
      '/metoder',
      `/metoder/${methodSlug}`,
    ]
    for (const width of [1280, 390]) {
      const context = await patientContext(width)
      const page = await context.newPage()
      await portalLogin(page, memberEmail, password)
      for (const path of pages) {
        const response = await page.goto(`${baseURL()}${path}`)
        expect(response?.status(), path).toBe(200)
        expect(await axeViolations(page), `${path} at ${width} px`).toEqual([])
      }
      await context.close()
    }
  }, 600_000)
})
