import type { Where } from 'payload'
import type { Browser } from 'playwright-core'
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
  }
}

describe.skipIf(browserUnavailable())('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  let browser: Browser
  let pages: Array<[string, string]>

  beforeAll(async () => {
    await waitForSearchIndex()
    const s = await samples()
    pages = [
      ['home', paths.home()],
      ['results', paths.search('da', 'q=angst&age=14&municipality=259')],
      ['results, empty', paths.search('da', 'q=zzzyxw&municipality=259')],
      ['results, invalid', paths.search('da', 'age=gammel')],
      ['offer', paths.document('offer', s.offer)],
      ['mentor', paths.document('mentor', s.mentor)],
      ['school option', paths.document('school-option', s.school)],
      ['legislation note', paths.document('legislation-note', s.note)],
      ['organization', paths.organization(s.organization)],
      ['municipality', paths.municipality('259')],
      ['topics', paths.topics()],
      ['shortlist', `${paths.shortlist()}?l=tilbud/${s.offer},mentorordninger/${s.mentor}`],
      ['shortlist, empty', paths.shortlist()],
      ['login', paths.login()],
      ['accessibility statement', paths.accessibility()],
      ['privacy', paths.privacy()],
      ['404', '/findes-ikke'],
      ['English home', paths.home('en')],
      ['English results', paths.search('en', 'q=angst')],
      ['English offer', paths.document('offer', s.offer, 'en')],
    ]
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('finds no violations on any page template, at 1280 and 390 px', async () => {
    const found: Record<string, unknown> = {}
    for (const width of [1280, 390]) {
      const context = await newDanishContext(browser, width)
      const page = await context.newPage()
      for (const [name, path] of pages) {
        await page.goto(`${baseURL()}${path}`)
        await page.waitForLoadState('networkidle')
        const violations = await axeViolations(page)
        if (violations.length) found[`${name} @${width} (${path})`] = violations
      }
      await context.close()
    }
    expect(found).toEqual({})
    console.log(`[axe] ${pages.length} pages × 2 widths: no WCAG 2.1 A/AA violations`)
  })

  it('finds no violations on the pages a logged-in caseworker sees', async () => {
    const context = await newDanishContext(browser)
    const page = await context.newPage()
    await portalLogin(page, 'sagsbehandler@videnportal.local')
    const found: Record<string, unknown> = {}
    for (const [name, path] of pages.slice(0, 6)) {
      await page.goto(`${baseURL()}${path}`)
      await page.waitForLoadState('networkidle')
      const violations = await axeViolations(page)
      if (violations.length) found[`${name} (${path})`] = violations
    }
    await context.close()
    expect(found).toEqual({})
  })
})
