import type { Where } from 'payload'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paths } from '@/domain/urls'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { axeViolations, newDanishContext, portalLogin, waitForSearchIndex } from '../helpers/portal'

/** One published public document of each template, by slug. */
async function samples() {
  const payload = await getTestPayload()
  const first = async (
    collection: 'offers' | 'mentors' | 'school-options' | 'legislation-notes' | 'organizations',
  ) => {
    const where: Where =
      collection === 'organizations'
        ? { _status: { equals: 'published' } }
        : { and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }] }
    const { docs } = await payload.find({
      collection,
      where,
      select: { slug: true },
      sort: 'createdAt',
      depth: 0,
      limit: 1,
    })
    const slug = (docs[0] as { slug?: string } | undefined)?.slug
    if (!slug) throw new Error(`no published ${collection} in the sample content`)
    return slug
  }
  return {
    offer: await first('offers'),
    mentor: await first('mentors'),
    school: await first('school-options'),
    note: await first('legislation-notes'),
    organization: await first('organizations'),
    // A sample offer that a sample note of 2026 affects: its page carries the banner.
    affected: (
      await payload.find({
        collection: 'offers',
        where: { externalId: { equals: 'tilbud-pusterummet-boernegrupper' } },
        select: { slug: true },
        depth: 0,
        limit: 1,
      })
    ).docs[0]?.slug as string,
  }
}

type Samples = Awaited<ReturnType<typeof samples>>

/** Every page template, anonymous. */
const templates: Array<[string, (s: Samples) => string]> = [
  ['home', () => paths.home()],
  ['results', () => paths.search('da', 'q=angst&age=14&municipality=259')],
  ['results, empty', () => paths.search('da', 'q=zzzyxw&municipality=259')],
  ['results, invalid', () => paths.search('da', 'age=gammel')],
  ['offer', (s) => paths.document('offer', s.offer)],
  ['mentor', (s) => paths.document('mentor', s.mentor)],
  ['school option', (s) => paths.document('school-option', s.school)],
  ['legislation note', (s) => paths.document('legislation-note', s.note)],
  ['legislation index', () => '/lovgivning'],
  ['legislation index, filtered', () => '/lovgivning?status=kommende&lov=barnets-lov'],
  ['offer with new legislation', (s) => paths.document('offer', s.affected)],
  ['organization', (s) => paths.organization(s.organization)],
  ['municipality', () => paths.municipality('259')],
  ['topics', () => paths.topics()],
  ['shortlist', (s) => `${paths.shortlist()}?l=tilbud/${s.offer},mentorordninger/${s.mentor}`],
  ['shortlist, empty', () => paths.shortlist()],
  [
    'shortlist comparison',
    (s) => `${paths.shortlist()}/sammenlign?v=tilbud/${s.offer}&v=mentorordninger/${s.mentor}`,
  ],
  ['shortlist saved, not found', () => `${paths.shortlist()}/AAAAAAAAAAAAAAAAAAAAAA`],
  ['login', () => paths.login()],
  ['accessibility statement', () => paths.accessibility()],
  ['privacy', () => paths.privacy()],
  ['404', () => '/findes-ikke'],
  ['English home', () => paths.home('en')],
  ['English results', () => paths.search('en', 'q=angst')],
  ['English offer', (s) => paths.document('offer', s.offer, 'en')],
  ['Norwegian home', () => paths.home('nb')],
  ['Norwegian results', () => paths.search('nb', 'q=angst')],
  ['Norwegian offer', (s) => paths.document('offer', s.offer, 'nb')],
  ['Norwegian 404', () => '/nb/finnes-ikke'],
  ['results, shortest waiting time first', () => paths.search('da', 'sort=waiting&cost=free')],
  ['results by distance from a postal code', () => paths.search('da', 'postnr=4600&sort=distance')],
  // »Følger op på …« (src/outcomes).
  [
    'results following up on an outcome',
    () => paths.search('da', 'outcome=skolefremmoede-og-laering'),
  ],
  // Cooperations (issue 19): the list and a public sample cooperation (its public tools).
  ['cooperations', () => '/samarbejder'],
  [
    'cooperation',
    () => '/samarbejder/tilbage-i-skole-fremmoedeforloeb-i-koege-med-spor-til-skolen',
  ],
  ['networks', () => '/netvaerk'],
  ['methods library', () => paths.methods()],
  ['English networks', () => '/en/netvaerk'],
]

describe.skipIf(browserUnavailable())('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  let browser: Browser
  let sample: Samples
  // One context per width and reader, reused from page to page: its HTTP cache spares loading
  // and compiling the same scripts and styles again for every page (what a reader's browser does
  // too). Storage is cleared after each page, so one page's shortlist never shows on the next.
  const contexts = new Map<string, Promise<BrowserContext>>()

  beforeAll(async () => {
    await waitForSearchIndex()
    sample = await samples()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    for (const context of contexts.values()) await (await context).close()
    await browser?.close()
  })

  function contextFor(width: number, login?: string) {
    const key = `${width}:${login ?? ''}`
    let context = contexts.get(key)
    if (!context) {
      context = (async () => {
        const created = await newDanishContext(browser, width)
        if (login) {
          const page = await created.newPage()
          await portalLogin(page, login)
          await page.close()
        }
        return created
      })()
      contexts.set(key, context)
    }
    return context
  }

  async function check(path: string, widths: number[], login?: string) {
    const found: Record<string, unknown> = {}
    for (const width of widths) {
      const context = await contextFor(width, login)
      const page = await context.newPage()
      try {
        const response = await page.goto(`${baseURL()}${path}`)
        expect(response?.status()).toBeLessThan(500)
        await page.waitForLoadState('networkidle')
        const violations = await axeViolations(page)
        if (violations.length) found[`@${width}px`] = violations
      } finally {
        await page.evaluate(() => window.localStorage.clear()).catch(() => undefined)
        if (!login) await context.clearCookies()
        await page.close()
      }
    }
    return found
  }

  it.each(templates)('%s: no violations at 1280 and 390 px', async (_name, path) => {
    expect(await check(path(sample), [1280, 390])).toEqual({})
  })

  it.each(templates.slice(0, 5))(
    '%s, as a logged-in caseworker: no violations',
    async (_name, path) => {
      expect(await check(path(sample), [1280], 'sagsbehandler@videnportal.local')).toEqual({})
    },
  )
})
