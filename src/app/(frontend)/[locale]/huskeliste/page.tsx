import type { Metadata } from 'next'

import { collectionOfKind, type ListingKind } from '@/domain/options'
import { ListingSummaryList } from '@/components/portal/ListingSummaryList'
import { entryOf, itemOf, SHORTLIST_PARAM, shortlistParam } from '@/domain/shortlist'
import { alternates, paths } from '@/domain/urls'
import { getDictionary, routeLocale } from '@/i18n'
import { findListingSummaries } from '@/queries/listings'

import { ShortlistControls } from './ShortlistControls.client'

type RawSearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return {
    title: (await getDictionary(locale)).shortlist.title,
    robots: { index: false },
    alternates: alternates('/huskeliste', locale),
  }
}

/** The shortlist: kept in the browser (ShortlistControls), or shared as a link (`?l=…`). */
export default async function ShortlistPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const t = await getDictionary(locale)
  const s = t.shortlist
  const raw = (await searchParams)[SHORTLIST_PARAM]
  const parsed = raw === undefined ? null : shortlistParam.safeParse(raw)
  const path = paths.shortlist(locale)

  if (parsed && !parsed.success) {
    return (
      <>
        <h1>{s.title}</h1>
        <p className="notice notice--error" role="alert">
          {s.invalid}
        </p>
      </>
    )
  }
  const entries = parsed?.data ?? null
  const items = entries ? await loadItems(entries) : []
  const hidden = entries ? entries.length - items.length : 0

  return (
    <div className="shortlist">
      <h1>{s.title}</h1>
      {entries === null ? (
        <noscript>
          <p className="notice">{s.needsJs}</p>
        </noscript>
      ) : null}
      <ShortlistControls
        path={path}
        urlEntries={entries}
        labels={{
          empty: s.empty,
          lead: s.lead,
          sharedLead: s.sharedLead,
          shareLink: s.shareLink,
          copy: s.copy,
          copied: s.copied,
          print: s.print,
          save: s.save,
          saved: s.saved,
          clear: s.clear,
        }}
      />
      {entries !== null ? (
        <p className="results-count" data-total={items.length}>
          {s.count(items.length)}
        </p>
      ) : null}
      {items.length ? <ListingSummaryList items={items} locale={locale} headingLevel={2} /> : null}
      {hidden > 0 ? <p className="notice">{s.hidden(hidden)}</p> : null}
    </div>
  )
}

/** The listings of a shortlist that the reader may see, in the list's order. */
async function loadItems(entries: string[]) {
  const slugsByKind: Record<ListingKind, string[]> = { offer: [], mentor: [], 'school-option': [] }
  for (const entry of entries) {
    const item = itemOf(entry)
    slugsByKind[item.kind].push(item.slug)
  }
  const { items } = await findListingSummaries(
    (kind) => (slugsByKind[kind].length ? { slug: { in: slugsByKind[kind] } } : null),
    Object.keys(collectionOfKind).length * 50,
  )
  const byEntry = new Map(items.map((item) => [entryOf(item), item]))
  return entries.flatMap((entry) => {
    const item = byEntry.get(entry)
    return item ? [item] : []
  })
}
