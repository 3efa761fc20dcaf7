import type { Metadata } from 'next'
import Link from 'next/link'

import { ShortlistButton } from '@/components/portal/ShortlistButton.client'
import { ShortlistLocalOffer } from '@/components/portal/ShortlistLocalOffer.client'
import { ShortlistMessage } from '@/components/portal/ShortlistMessage'
import { SHORTLIST_PARAM, shortlistParam, shortlistQuery } from '@/domain/shortlist'
import { alternates, paths } from '@/domain/urls'
import { getDictionary, routeLocale, type Locale } from '@/i18n'
import type { User } from '@/payload-types'
import { getPortalPayload, getViewer } from '@/queries/session'
import { copyShortlistAction, createShortlistAction } from '@/shortlists/actions'
import { shortlistLabels, type ShortlistLabels } from '@/shortlists/labels'
import { shortlistPaths } from '@/shortlists/paths'
import { readShortlistRows } from '@/shortlists/read'
import { ownShortlists, sharedWithMe, type ShortlistCore } from '@/shortlists/store'

import { CompareForm } from './CompareForm'
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

/**
 * The shortlist. Anonymous readers: the list kept in this browser (ShortlistControls puts it in
 * the URL) or shared as a link (`?l=…`). Logged-in readers: their lists kept with the account,
 * lists colleagues shared with them, a new list, and the browser's list offered for saving.
 * Every list is shown with everything a referral needs, printable, as CSV and side by side.
 */
export default async function ShortlistPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const [t, viewer, query] = await Promise.all([getDictionary(locale), getViewer(), searchParams])
  const s = t.shortlist
  const l = shortlistLabels[locale]
  const raw = query[SHORTLIST_PARAM]
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
  const { rows, hidden } = entries
    ? await readShortlistRows(entries, locale)
    : { rows: [], hidden: 0 }

  return (
    <div className="shortlist">
      <h1>{s.title}</h1>
      <p className="notice shortlist__no-child" data-no-child-data>
        {l.noChildData}
      </p>
      <ShortlistMessage query={query} l={l} />
      {viewer ? (
        <AccountLists viewer={viewer} locale={locale} l={l} clear={query.ok === 'saved'} />
      ) : null}
      {!viewer && entries === null ? (
        <noscript>
          <p className="notice">{s.needsJs}</p>
        </noscript>
      ) : null}
      {!viewer ? (
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
      ) : null}
      {!viewer ? (
        <p className="no-print">
          <Link href={`${paths.login(locale)}?next=${encodeURIComponent(path)}`}>
            {l.loginToKeep}
          </Link>
        </p>
      ) : null}
      {entries !== null ? (
        <section aria-labelledby="huskeliste-opslag" className="shortlist__items">
          <h2 id="huskeliste-opslag" className="visually-hidden">
            {s.title}
          </h2>
          <p className="results-count" data-total={rows.length}>
            {s.count(rows.length)}
          </p>
          {viewer && entries.length ? (
            <form action={copyShortlistAction} className="no-print actions">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="entries" value={entries.join(',')} />
              <button type="submit" className="button">
                {l.copyToMine}
              </button>
            </form>
          ) : null}
          {rows.length ? (
            <CompareForm
              rows={rows}
              locale={locale}
              l={l}
              csvHref={`${shortlistPaths.csv(locale)}?${shortlistQuery(entries)}`}
              actionOf={
                viewer
                  ? undefined
                  : (row) => (
                      <ShortlistButton
                        entry={row.entry}
                        title={row.title}
                        labels={{ add: s.add, remove: s.remove }}
                      />
                    )
              }
            />
          ) : null}
          {hidden > 0 ? <p className="notice">{s.hidden(hidden)}</p> : null}
        </section>
      ) : null}
    </div>
  )
}

async function AccountLists({
  viewer,
  locale,
  l,
  clear,
}: {
  viewer: User
  locale: Locale
  l: ShortlistLabels
  clear: boolean
}) {
  const payload = await getPortalPayload()
  const [own, shared] = await Promise.all([
    ownShortlists({ payload, user: viewer }),
    sharedWithMe({ payload, user: viewer }),
  ])
  const item = (list: ShortlistCore, current: boolean) => (
    <li key={list.id} data-shortlist-key={list.shareKey}>
      <Link href={shortlistPaths.list(list.shareKey ?? '', locale)}>{list.name}</Link>{' '}
      <span className="muted">({l.count(list.entries.length)})</span>
      {current ? <span className="badge"> {l.current}</span> : null}
    </li>
  )
  return (
    <div className="shortlist-account no-print">
      <p>{l.accountLead}</p>
      <ShortlistLocalOffer
        locale={locale}
        clear={clear}
        labels={{
          found: l.localFound,
          name: l.localName,
          hint: l.nameHint,
          save: l.localSave,
          defaultName: l.localDefaultName,
        }}
      />
      <section aria-labelledby="huskeliste-mine">
        <h2 id="huskeliste-mine">{l.yourLists}</h2>
        {own.length ? (
          <ul className="shortlist-account__lists" data-own-lists>
            {own.map((list, index) => item(list, index === 0))}
          </ul>
        ) : (
          <p>{l.noLists}</p>
        )}
      </section>
      {shared.length ? (
        <section aria-labelledby="huskeliste-delte">
          <h2 id="huskeliste-delte">{l.sharedWithYou}</h2>
          <ul className="shortlist-account__lists" data-shared-lists>
            {shared.map((list) => item(list, false))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="huskeliste-ny">
        <h2 id="huskeliste-ny">{l.newList}</h2>
        <form action={createShortlistAction} className="inline-form">
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="huskeliste-ny-navn">{l.name}</label>
          <input
            id="huskeliste-ny-navn"
            name="name"
            type="text"
            required
            maxLength={80}
            aria-describedby="huskeliste-ny-hint"
          />
          <p id="huskeliste-ny-hint" className="hint">
            {l.nameHint}
          </p>
          <button type="submit" className="button">
            {l.create}
          </button>
        </form>
      </section>
    </div>
  )
}
