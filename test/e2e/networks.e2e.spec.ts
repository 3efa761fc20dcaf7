import type { Payload } from 'payload'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
 * and a member (a caseworker of its member municipality), an activity and a meeting with an agenda,
 * an indicator set with two years of answers, and a method with a PDF uploaded by the leader. The
 * member reads the plan and the agenda on /netvaerk/<slug> and their signed .ics URL carries the
 * activity; the indicator chart renders with its table; the new pages have no axe violations.
 * (The leader's admin steps and the search by a word of the PDF are on net-finish-unverified-e2e.)
 */
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

  // The leader's plan and agenda (written as the leader would: the access tests cover the rules).
  const activity = await payload.create({
    collection: 'network-activities',
    data: {
      network: networkId,
      title: activityTitle,
      purpose: 'At give skole og myndighed et fælles sprog om skolevægring.',
      genre: 'temadag',
      expectedProduct: 'En fælles tjekliste for de første 14 dage.',
      startsAt: '2027-03-18T08:00:00.000Z',
      status: 'planned',
    } as never,
    depth: 0,
    overrideAccess: true,
  })
  created.push({ collection: 'network-activities', id: activity.id })
  const meeting = await payload.create({
    collection: 'network-meetings',
    data: {
      network: networkId,
      title: meetingTitle,
      startsAt: '2027-03-18T12:00:00.000Z',
      agenda: [{ title: agendaItem, purpose: 'beslutning', minutes: 30 }],
    } as never,
    depth: 0,
    overrideAccess: true,
  })
  meetingId = meeting.id
  created.push({ collection: 'network-meetings', id: meeting.id })

  // A method of the network with a PDF, uploaded and written by the leader over REST.
  const leaderToken = await loginToken(leaderEmail, password)
  const pdf = await pdfWithText([
    'Skabelon til tværfaglig opfølgning',
    `Udfyld ${pdfWord} med skolen.`,
  ])
  const uploaded = await fetch(`${baseURL()}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${leaderToken}` },
    body: uploadForm(pdf, 'opfoelgning-skabelon.pdf', 'application/pdf', 'Skabelon (PDF)'),
  })
  const media = ((await uploaded.json()) as { doc: { id: number } }).doc
  created.push({ collection: 'media', id: media.id })
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
  const method = ((await response.json()) as { doc: { id: number; slug: string } }).doc
  created.push({ collection: 'methods', id: method.id })
  methodSlug = method.slug
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
