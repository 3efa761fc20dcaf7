import type { Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { localizePath, paths } from '@/domain/urls'
import { type Dictionary, getDictionary } from '@/i18n'
import { type Locale, locales } from '@/i18n/locales'
import { methodLabels } from '@/network/methods/labels'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { newDanishContext, waitForSearchIndex } from '../helpers/portal'

/**
 * Every portal address of today, in every language, over plain HTTP against the production build:
 * the status, the page's `lang` and its main heading. Bad input is answered, never with a 500.
 * (Pages render on the server; the portal works without JavaScript.)
 */
type Page = { status: number; lang: string | null; h1: string; html: string; location: string }

const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim()

async function get(path: string): Promise<Page> {
  const response = await fetch(`${baseURL()}${path}`, { redirect: 'manual' })
  const html = await response.text()
  return {
    status: response.status,
    lang: /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? null,
    h1: decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''),
    html,
    location: response.headers.get('location') ?? '',
  }
}

/** A path in a language: Danish at the root, the others under their prefix. */
const at = (locale: Locale, path: string) => localizePath(path, locale)

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
      select: {
        slug: true,
        ...(collection === 'organizations' ? { name: true } : { title: true }),
      },
      sort: 'createdAt',
      depth: 0,
      limit: 1,
    })
    const doc = docs[0] as { slug?: string; title?: string; name?: string } | undefined
    if (!doc?.slug) throw new Error(`no published ${collection} in the sample content`)
    return { slug: doc.slug, heading: (doc.title ?? doc.name)! }
  }
  return {
    offer: await first('offers'),
    mentor: await first('mentors'),
    school: await first('school-options'),
    note: await first('legislation-notes'),
    organization: await first('organizations'),
  }
}

describe('every portal address in every language', () => {
  let s: Awaited<ReturnType<typeof samples>>

  beforeAll(async () => {
    await waitForSearchIndex()
    s = await samples()
  })

  describe.each(locales)('%s', (locale) => {
    let t: Dictionary
    beforeAll(async () => {
      t = await getDictionary(locale)
    })

    it('answers each page with its heading and lang', async () => {
      const pages: Array<[string, string | ((h1: string) => boolean)]> = [
        ['/', t.home.title],
        ['/soeg', t.search.title],
        ['/soeg?q=angst&age=14&municipality=259', t.search.titleWithQuery('angst')],
        [paths.document('offer', s.offer.slug), s.offer.heading],
        [paths.document('mentor', s.mentor.slug), s.mentor.heading],
        [paths.document('school-option', s.school.slug), s.school.heading],
        [paths.document('legislation-note', s.note.slug), s.note.heading],
        [paths.organization(s.organization.slug), s.organization.heading],
        [paths.municipality('259'), 'Køge'],
        ['/emner', t.topics.title],
        ['/huskeliste', t.shortlist.title],
        [
          `/huskeliste?l=tilbud/${s.offer.slug},mentorordninger/${s.mentor.slug}`,
          t.shortlist.title,
        ],
        ['/log-ind', t.login.title],
        ['/tilgaengelighed', (h1) => h1.length > 0],
        ['/privatliv', (h1) => h1.length > 0],
        ['/metoder', methodLabels[locale].indexTitle],
        ['/netvaerk', (h1) => h1.length > 0],
      ]
      for (const [path, heading] of pages) {
        const page = await get(at(locale, path))
        expect(page.status, path).toBe(200)
        expect(page.lang, path).toBe(locale)
        if (typeof heading === 'string') expect(page.h1, path).toBe(heading)
        else expect(heading(page.h1), `${path}: ${page.h1}`).toBe(true)
      }
    })

    it('answers bad input in its own language, never with a server error', async () => {
      const invalid = await get(at(locale, '/soeg?age=gammel&foo=1'))
      expect(invalid.status).toBe(200)
      expect(invalid.h1).toBe(t.search.invalidTitle)
      expect(decode(invalid.html)).toContain(t.searchErrors.unknown('foo'))

      const empty = await get(at(locale, '/soeg?q=zzzyxw&municipality=259'))
      expect(empty.status).toBe(200)
      expect(decode(empty.html)).toContain(t.search.emptyTitle)

      const list = await get(at(locale, '/huskeliste?l=../../etc'))
      expect(list.status).toBe(200)
      expect(decode(list.html)).toContain(t.shortlist.invalid)

      for (const path of [
        '/tilbud/FINDES%20IKKE',
        '/tilbud/findes-ikke',
        '/skoletilbud/x%00y',
        '/lovgivning/findes-ikke',
        '/metoder/findes-ikke',
        '/netvaerk/findes-ikke',
        '/netvaerk/findes-ikke/moeder/12',
        '/organisationer/findes-ikke',
        '/kommuner/12',
        '/kommuner/101',
        '/kommuner/abc',
        '/noget/helt/andet',
        '/noget',
        `/${'a'.repeat(300)}`,
      ]) {
        const page = await get(at(locale, path))
        expect(page.status, path).toBe(404)
        expect(page.html, path).toContain('<meta name="robots" content="noindex"/>')
      }
      for (const path of ['/soeg?q=%ff', '/soeg?page=0', '/soeg?perPage=9999', '/soeg?q=a&q=b']) {
        expect((await get(at(locale, path))).status, path).toBe(200)
      }
    })

    it('names the same page in every language with absolute hreflang links', async () => {
      const page = await get(at(locale, paths.document('offer', s.offer.slug)))
      const origin = new URL(baseURL()).origin
      for (const other of locales) {
        const href = `${origin}${at(other, paths.document('offer', s.offer.slug))}`
        expect(page.html, other).toContain(`hrefLang="${other}" href="${href}"`)
      }
      expect(page.html).toContain(
        `hrefLang="x-default" href="${origin}${paths.document('offer', s.offer.slug)}"`,
      )
      expect(page.html).toContain(
        `rel="canonical" href="${origin}${at(locale, paths.document('offer', s.offer.slug))}"`,
      )
    })
  })

  // Next sends a 404 raised by notFound() as an empty shell and renders the portal's not-found
  // page in the browser (vercel/next.js#62228): its language and heading are checked there.
  it.skipIf(browserUnavailable())("shows the 404 page in the reader's language", async () => {
    const browser = await launchBrowser()
    try {
      const context = await newDanishContext(browser)
      const page = await context.newPage()
      for (const locale of locales) {
        const response = await page.goto(`${baseURL()}${at(locale, '/tilbud/findes-ikke')}`)
        expect(response?.status()).toBe(404)
        await page.locator('h1').first().waitFor()
        expect(await page.getAttribute('html', 'lang')).toBe(locale)
        expect(await page.locator('h1').first().innerText()).toBe(
          (await getDictionary(locale)).errors.notFoundTitle,
        )
      }
      await context.close()
    } finally {
      await browser.close()
    }
  })

  it('has one address per page: /da/… redirects to the root form', async () => {
    for (const [from, to] of [
      ['/da', '/'],
      ['/da/soeg?q=angst', '/soeg?q=angst'],
      ['/da/emner', '/emner'],
    ]) {
      const page = await get(from!)
      expect(page.status, from).toBe(308)
      expect(
        new URL(page.location, baseURL()).pathname + new URL(page.location, baseURL()).search,
      ).toBe(to)
    }
  })

  it('redirects /was to the accessibility statement, in every language', async () => {
    for (const locale of locales) {
      const page = await get(at(locale, '/was'))
      expect(page.status).toBe(307)
      expect(new URL(page.location, baseURL()).pathname).toBe(at(locale, '/tilgaengelighed'))
    }
  })

  it('serves robots.txt, the favicon and the app icons from public/', async () => {
    const robots = await fetch(`${baseURL()}/robots.txt`)
    expect(robots.status).toBe(200)
    const text = await robots.text()
    expect(text).toMatch(/^Disallow: \/admin$/m)
    expect(text).toMatch(/^Disallow: \/api$/m)
    for (const [path, type] of [
      ['/favicon.ico', 'image/'],
      ['/icon.svg', 'image/svg+xml'],
      ['/apple-touch-icon.png', 'image/png'],
      ['/icon-192.png', 'image/png'],
      ['/icon-512.png', 'image/png'],
      ['/manifest.webmanifest', ''],
    ] as const) {
      const response = await fetch(`${baseURL()}${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type') ?? '', path).toContain(type)
    }
  })

  it('keeps the admin, the API and the health check out of the portal tree', async () => {
    expect((await fetch(`${baseURL()}/api/health`)).status).toBeLessThan(500)
    const search = await fetch(`${baseURL()}/api/search?q=angst`)
    expect(search.status).toBe(200)
    expect(((await search.json()) as { total: number }).total).toBeGreaterThan(0)
    const admin = await fetch(`${baseURL()}/admin/login`)
    expect(admin.status).toBe(200)
  })
})
