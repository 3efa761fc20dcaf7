import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ShortlistLocalOffer } from '@/components/portal/ShortlistLocalOffer.client'
import { ShortlistMessage } from '@/components/portal/ShortlistMessage'
import { paths } from '@/domain/urls'
import { getDictionary, routeLocale, type Locale } from '@/i18n'
import { getPortalPayload, getViewer } from '@/queries/session'
import {
  deleteShortlistAction,
  linkSharingAction,
  removeShortlistEntryAction,
  renameShortlistAction,
  shareWithColleagueAction,
  unshareAction,
  makeCurrentShortlistAction,
  copyShortlistAction,
} from '@/shortlists/actions'
import { SHORTLISTS_SLUG, shareKeyPattern } from '@/shortlists/collection'
import { shortlistLabels, type ShortlistLabels } from '@/shortlists/labels'
import { shortlistPaths } from '@/shortlists/paths'
import { openShortlist, readShortlistRows } from '@/shortlists/read'
import { siteOrigin } from '@/utilities/siteOrigin'
import type { User } from '@/payload-types'

import { CompareForm } from '../CompareForm'

type RawSearchParams = Record<string, string | string[] | undefined>
type Props = {
  params: Promise<{ locale: string; key: string }>
  searchParams: Promise<RawSearchParams>
}

const opened = cache(async (key: string) => openShortlist(key, await getViewer()))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const { key } = await params
  const t = await getDictionary(locale)
  const list = await opened(key)
  return {
    title: list.state === 'found' ? `${list.list.name} · ${t.shortlist.title}` : t.shortlist.title,
    robots: { index: false },
  }
}

/**
 * One list kept with an account (/huskeliste/<key>): its owner changes, shares, prints and exports
 * it; a colleague it is shared with (by name, or any logged-in professional when shared with the
 * link) reads, prints, exports and copies it.
 */
export default async function SavedShortlistPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const { key } = await params
  if (!shareKeyPattern.test(key)) notFound()
  const [t, viewer, query] = await Promise.all([getDictionary(locale), getViewer(), searchParams])
  const l = shortlistLabels[locale]
  const result = await opened(key)
  const here = shortlistPaths.list(key, locale)

  if (result.state !== 'found') {
    return (
      <div className="shortlist">
        <h1>{t.shortlist.title}</h1>
        <ShortlistMessage query={query} l={l} />
        {result.state === 'login' ? (
          <p className="notice">
            {l.needsLogin}{' '}
            <Link href={`${paths.login(locale)}?next=${encodeURIComponent(here)}`}>
              {t.nav.login}
            </Link>
          </p>
        ) : (
          <p className="notice notice--error" role="alert" data-shortlist-missing>
            {result.state === 'professional' ? l.needsProfessional : l.notFound}
          </p>
        )}
        <p>
          <Link href={paths.shortlist(locale)}>{l.back}</Link>
        </p>
      </div>
    )
  }

  const { list, mine, ownerName } = result
  const { rows, hidden } = await readShortlistRows(list.entries, locale)
  const ownerHidden = (
    <>
      <input type="hidden" name="key" value={key} />
      <input type="hidden" name="locale" value={locale} />
    </>
  )

  return (
    <div className="shortlist" data-shortlist={key}>
      <p className="no-print">
        <Link href={paths.shortlist(locale)}>{l.back}</Link>
      </p>
      <h1>{list.name}</h1>
      <p className="notice shortlist__no-child" data-no-child-data>
        {l.noChildData}
      </p>
      <ShortlistMessage query={query} l={l} />
      {/* Saved from the browser's list: that copy is emptied (it is on the account now). */}
      {query.ok === 'saved' ? (
        <ShortlistLocalOffer
          locale={locale}
          clear
          labels={{
            found: l.localFound,
            name: l.localName,
            hint: l.nameHint,
            save: l.localSave,
            defaultName: l.localDefaultName,
          }}
        />
      ) : null}
      {!mine ? (
        <p className="no-print" data-shortlist-owner>
          {l.owner(ownerName)}. {l.readOnly}
        </p>
      ) : null}
      <p className="results-count" data-total={rows.length}>
        {t.shortlist.count(rows.length)}
      </p>
      {mine ? (
        <form action={makeCurrentShortlistAction} className="no-print">
          {ownerHidden}
          <button type="submit" className="button button--secondary">
            {l.use}
          </button>
        </form>
      ) : (
        <form action={copyShortlistAction} className="no-print">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="entries" value={list.entries.join(',')} />
          <input type="hidden" name="name" value={list.name} />
          <button type="submit" className="button">
            {l.copyToMine}
          </button>
        </form>
      )}
      {rows.length ? (
        <CompareForm
          rows={rows}
          locale={locale}
          l={l}
          csvHref={shortlistPaths.listCsv(key, locale)}
          hidden={mine ? ownerHidden : undefined}
          actionOf={
            mine
              ? (row) => (
                  <button
                    type="submit"
                    formAction={removeShortlistEntryAction}
                    formMethod="post"
                    name="remove"
                    value={row.entry}
                    className="button button--secondary"
                  >
                    {l.removeEntry}
                    <span className="visually-hidden">: {row.title}</span>
                  </button>
                )
              : undefined
          }
        />
      ) : (
        <p>{t.shortlist.empty}</p>
      )}
      {hidden > 0 ? <p className="notice">{t.shortlist.hidden(hidden)}</p> : null}
      {mine && viewer ? (
        <OwnerTools
          id={list.id}
          shareKey={key}
          name={list.name}
          viewer={viewer}
          locale={locale}
          l={l}
        />
      ) : null}
    </div>
  )
}

/** Rename, sharing (with the link, with colleagues by name) and delete: the owner's. */
async function OwnerTools({
  id,
  shareKey,
  name,
  viewer,
  locale,
  l,
}: {
  id: number
  shareKey: string
  name: string
  viewer: User
  locale: Locale
  l: ShortlistLabels
}) {
  const payload = await getPortalPayload()
  const doc = await payload.findByID({
    collection: SHORTLISTS_SLUG as 'shortlists',
    id,
    select: { linkSharing: true, sharedWith: true },
    depth: 0,
    overrideAccess: false,
    user: viewer,
  })
  const ids = (doc.sharedWith ?? []).map((value) => (typeof value === 'number' ? value : value.id))
  // access: the names of the colleagues the owner shared the list with (their own choice), only
  // names and e-mail addresses, which the owner typed in.
  const colleagues = ids.length
    ? (
        await payload.find({
          collection: 'users',
          where: { id: { in: ids } },
          select: { name: true, email: true },
          depth: 0,
          limit: ids.length,
          pagination: false,
          overrideAccess: true,
        })
      ).docs
    : []
  const hidden = (
    <>
      <input type="hidden" name="key" value={shareKey} />
      <input type="hidden" name="locale" value={locale} />
    </>
  )
  const link = `${await siteOrigin()}${shortlistPaths.list(shareKey, locale)}`
  return (
    <div className="no-print shortlist-owner">
      <section aria-labelledby="huskeliste-del">
        <h2 id="huskeliste-del">{l.share}</h2>
        <label htmlFor="huskeliste-link">{l.shareLinkLabel}</label>
        <input id="huskeliste-link" type="text" readOnly value={link} />
        <p data-link-sharing={doc.linkSharing ? 'on' : 'off'}>
          {doc.linkSharing ? l.linkSharingOn : l.linkSharingOff}
        </p>
        <form action={linkSharingAction} className="inline-form">
          {hidden}
          <input
            id="huskeliste-linkdeling"
            type="checkbox"
            name="linkSharing"
            defaultChecked={Boolean(doc.linkSharing)}
          />{' '}
          <label htmlFor="huskeliste-linkdeling">{l.linkSharing}</label>{' '}
          <button type="submit" className="button button--secondary">
            {l.saveSharing}
          </button>
        </form>
        <form action={shareWithColleagueAction} className="inline-form">
          {hidden}
          <label htmlFor="huskeliste-kollega">{l.shareWith}</label>
          <input id="huskeliste-kollega" name="email" type="email" required autoComplete="off" />
          <button type="submit" className="button">
            {l.shareWithButton}
          </button>
        </form>
        {colleagues.length ? (
          <>
            <h3>{l.sharedWithList}</h3>
            <ul data-shared-with>
              {colleagues.map((colleague) => (
                <li key={colleague.id}>
                  {(colleague as { name?: string }).name} ({colleague.email}){' '}
                  <form action={unshareAction} className="inline">
                    {hidden}
                    <input type="hidden" name="colleague" value={colleague.id} />
                    <button type="submit" className="link-button">
                      {l.unshare}
                      <span className="visually-hidden">
                        : {(colleague as { name?: string }).name}
                      </span>
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="huskeliste-ret">
        <h2 id="huskeliste-ret">{l.rename}</h2>
        <form action={renameShortlistAction} className="inline-form">
          {hidden}
          <label htmlFor="huskeliste-navn">{l.name}</label>
          <input
            id="huskeliste-navn"
            name="name"
            type="text"
            required
            maxLength={80}
            defaultValue={name}
            aria-describedby="huskeliste-navn-hint"
          />
          <p id="huskeliste-navn-hint" className="hint">
            {l.nameHint}
          </p>
          <button type="submit" className="button button--secondary">
            {l.rename}
          </button>
        </form>
        <form action={deleteShortlistAction}>
          {hidden}
          <button type="submit" className="button button--secondary">
            {l.delete}
          </button>
        </form>
      </section>
    </div>
  )
}
