import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { relationId, relationIds } from '@/access/organizationOf'
import {
  capacityStatuses,
  costTypes,
  evidenceLevels,
  languages,
  lawLabel,
  type ListingKind,
  mentorFocuses,
  mentorTypes,
  offerTypes,
  rateUnits,
  schoolTypes,
} from '@/domain/options'
import { paths, type Locale } from '@/domain/urls'
import { formatDate, formatDkk, getMessages, optionLabel } from '@/i18n/messages'
import type { Mentor, Offer, SchoolOption } from '@/payload-types'
import {
  type AnyListing,
  findListing,
  findNotesAbout,
  findProvider,
  parseSlug,
} from '@/portal/listings'
import { getReferenceData } from '@/portal/reference'
import { getPortalPayload } from '@/portal/session'
import { entryOf, shortlistQuery } from '@/portal/shortlist'
import { searchQueryString } from '@/search/query/params'

import { PrintButton } from '../PrintButton.client'
import { RichTextBlock } from '../RichTextBlock'
import { ShortlistButton } from '../ShortlistButton.client'

type Props = { locale: Locale; kind: ListingKind; params: Promise<{ slug: string }> }

async function load(kind: ListingKind, params: Props['params']) {
  const slug = parseSlug((await params).slug)
  if (!slug) return null
  return findListing(kind, slug)
}

export async function listingMetadata({ locale, kind, params }: Props): Promise<Metadata> {
  const listing = await load(kind, params)
  const t = getMessages(locale)
  if (!listing) return { title: t.errors.notFoundTitle }
  return {
    title: `${listing.title} (${t.kinds[kind]})`,
    description: listing.summary,
    alternates: {
      languages: {
        da: paths.document(kind, listing.slug ?? '', 'da'),
        en: paths.document(kind, listing.slug ?? '', 'en'),
      },
    },
    // Internal listings are never for search engines.
    robots: listing.visibility === 'internal' ? { index: false, follow: false } : undefined,
  }
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  if (children === null || children === undefined || children === '') return null
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

export async function ListingPage({ locale, kind, params }: Props) {
  const listing = await load(kind, params)
  if (!listing) notFound()
  const t = getMessages(locale)
  const l = t.listing
  const contentLang = locale === 'en' ? 'da' : undefined
  const payload = await getPortalPayload()
  const providerId = relationId(listing.provider)
  const [reference, provider, notes] = await Promise.all([
    getReferenceData(payload),
    providerId ? findProvider(providerId) : Promise.resolve(null),
    findNotesAbout(kind, listing.id),
  ])

  const topics = relationIds(listing.topics)
    .map((id) => reference.topicById.get(id))
    .filter((topic) => topic !== undefined)
  const coverage = relationIds(listing.coverage)
    .map((id) => reference.municipalityById.get(id))
    .filter((m) => m !== undefined)
  const legalBases = relationIds(listing.legalBasis)
    .map((id) => reference.legalBasisById.get(id))
    .filter((b) => b !== undefined)
  const entry = entryOf({ kind, slug: listing.slug ?? '' })
  const contacts = listing.contacts ?? []
  const locations = listing.locations ?? []
  const rateReadable = listing.cost?.rateDkk !== undefined && listing.cost?.rateDkk !== null
  const searchLink = (query: Parameters<typeof searchQueryString>[0]) =>
    paths.search(locale, searchQueryString(query))

  return (
    <article className="listing" data-kind={kind} data-visibility={listing.visibility}>
      <nav aria-label={t.breadcrumbs} className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.home(locale)}>{t.siteName}</Link>
          </li>
          <li>
            <Link href={searchLink({ kind: [kind] })}>{t.kindsPlural[kind]}</Link>
          </li>
        </ol>
      </nav>
      <header className="listing__header">
        <p className="card__meta">
          <span className="badge">{t.kinds[kind]}</span>
          {listing.visibility === 'internal' ? (
            <span className="badge badge--internal">{l.internal}</span>
          ) : null}
        </p>
        <h1 lang={contentLang}>{listing.title}</h1>
        {provider ? (
          <p className="listing__provider">
            {l.provider}:{' '}
            <Link href={paths.organization(provider.slug ?? '', locale)} lang={contentLang}>
              {provider.name}
            </Link>
          </p>
        ) : null}
        <p className="lead" lang={contentLang}>
          {listing.summary}
        </p>
        {listing.visibility === 'internal' ? (
          <p className="notice notice--internal">{l.internalListing}</p>
        ) : null}
        <div className="actions no-print">
          <ShortlistButton
            entry={entry}
            title={listing.title}
            labels={{ add: t.shortlist.add, remove: t.shortlist.remove }}
          />
          <PrintButton label={l.print} />
        </div>
        <dl className="key-facts">
          <Fact term={l.age}>{l.ageRange(listing.ageMin, listing.ageMax)}</Fact>
          <Fact term={l.price}>{optionLabel(costTypes, listing.cost?.type, locale)}</Fact>
          <Fact term={l.capacity}>
            <span className={`capacity capacity--${listing.capacity?.status}`}>
              {optionLabel(capacityStatuses, listing.capacity?.status, locale)}
            </span>
          </Fact>
          <Fact term={l.lastVerified}>
            {listing.lastVerifiedAt ? formatDate(listing.lastVerifiedAt, locale) : l.notVerified}
          </Fact>
        </dl>
      </header>

      <section aria-labelledby="for-hvem" className="listing__section">
        <h2 id="for-hvem">{l.forWhom}</h2>
        <dl className="facts">
          <Fact term={l.age}>{l.ageRange(listing.ageMin, listing.ageMax)}</Fact>
          {topics.length > 0 ? (
            <Fact term={l.topics}>
              <ul className="tag-list">
                {topics.map((topic) => (
                  <li key={topic.id}>
                    <Link href={searchLink({ topic: [topic.slug ?? ''] })} lang={contentLang}>
                      {topic.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </Fact>
          ) : null}
          {listing.languages?.length ? (
            <Fact term={l.languages}>
              {listing.languages.map((code) => optionLabel(languages, code, locale)).join(', ')}
            </Fact>
          ) : null}
          <Fact term={l.coverage}>
            {listing.wholeNetwork ? (
              l.wholeNetwork
            ) : (
              <ul className="tag-list">
                {coverage.map((m) => (
                  <li key={m.id}>
                    {m.networkMember ? (
                      <Link href={paths.municipality(m.code, locale)}>{m.name}</Link>
                    ) : (
                      m.name
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Fact>
        </dl>
      </section>

      <section aria-labelledby="hvad-sker-der" className="listing__section">
        <h2 id="hvad-sker-der">{l.whatHappens}</h2>
        <RichTextBlock value={listing.description} lang={contentLang} />
        <dl className="facts">
          <KindFacts listing={listing} kind={kind} locale={locale} />
          <Fact term={l.schedule}>
            {listing.schedule ? <span lang={contentLang}>{listing.schedule}</span> : null}
          </Fact>
        </dl>
      </section>

      <section aria-labelledby="henvisning" className="listing__section">
        <h2 id="henvisning">{l.howToRefer}</h2>
        <p lang={contentLang} className="preserve-lines">
          {listing.referral?.howTo}
        </p>
        <dl className="facts">
          <Fact term={l.decisionRequired}>
            {listing.referral?.municipalDecisionRequired ? l.yes : l.no}
          </Fact>
          <Fact term={l.selfReferral}>{listing.referral?.selfReferral ? l.yes : l.no}</Fact>
          {listing.referral?.internalNote ? (
            <Fact term={l.internalNote}>
              <span className="badge badge--internal">{l.internal}</span>{' '}
              <span lang={contentLang} data-internal-field="referral.internalNote">
                {listing.referral.internalNote}
              </span>
            </Fact>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="pris-og-kapacitet" className="listing__section">
        <h2 id="pris-og-kapacitet">
          {l.price} · {l.capacity}
        </h2>
        <dl className="facts">
          <Fact term={l.price}>{optionLabel(costTypes, listing.cost?.type, locale)}</Fact>
          {listing.cost?.type === 'paid' ? (
            rateReadable ? (
              <Fact term={l.rate}>
                <span className="badge badge--internal">{l.internal}</span>{' '}
                <span data-internal-field="cost.rateDkk">
                  {formatDkk(listing.cost!.rateDkk!, locale)}{' '}
                  {listing.cost?.rateUnit
                    ? optionLabel(rateUnits, listing.cost.rateUnit, locale)
                    : ''}
                </span>
              </Fact>
            ) : (
              <Fact term={l.rate}>{l.rateHidden}</Fact>
            )
          ) : null}
          {listing.cost?.rateNote ? (
            <Fact term={l.rateNote}>
              <span lang={contentLang} data-internal-field="cost.rateNote">
                {listing.cost.rateNote}
              </span>
            </Fact>
          ) : null}
          <Fact term={l.capacity}>
            {optionLabel(capacityStatuses, listing.capacity?.status, locale)}
            {listing.capacity?.status === 'waitlist' &&
            typeof listing.capacity.waitingWeeks === 'number'
              ? ` – ${l.waitingWeeks(listing.capacity.waitingWeeks)}`
              : ''}
            {listing.capacity?.asOf ? (
              <>
                {' '}
                <span className="muted">({l.asOf(formatDate(listing.capacity.asOf, locale))})</span>
              </>
            ) : null}
          </Fact>
        </dl>
      </section>

      <section aria-labelledby="kontakt" className="listing__section">
        <h2 id="kontakt">{l.contact}</h2>
        {contacts.length === 0 && !provider?.phone && !provider?.email ? (
          <p>{l.noContacts}</p>
        ) : null}
        <ul className="contact-list">
          {contacts.map((contact, index) => (
            <li
              key={contact.id ?? index}
              data-internal-contact={contact.internal ? 'true' : undefined}
            >
              {contact.internal ? (
                <span className="badge badge--internal">{l.internal}</span>
              ) : null}
              {contact.name ? <strong>{contact.name}</strong> : null}
              {contact.role ? <span lang={contentLang}>{contact.role}</span> : null}
              {contact.phone ? (
                <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
              ) : null}
              {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
            </li>
          ))}
          {contacts.length === 0 && provider && (provider.phone || provider.email) ? (
            <li>
              <strong lang={contentLang}>{provider.name}</strong>
              {provider.phone ? (
                <a href={`tel:${provider.phone.replace(/\s+/g, '')}`}>{provider.phone}</a>
              ) : null}
              {provider.email ? <a href={`mailto:${provider.email}`}>{provider.email}</a> : null}
            </li>
          ) : null}
        </ul>
      </section>

      {locations.length > 0 ? (
        <section aria-labelledby="hvor" className="listing__section">
          <h2 id="hvor">{l.where}</h2>
          <ul className="location-list">
            {locations.map((location, index) => {
              const municipality = reference.municipalityById.get(
                relationId(location.municipality) ?? -1,
              )
              return (
                <li key={location.id ?? index} lang={contentLang}>
                  {location.name ? <strong>{location.name}</strong> : null}
                  <span>
                    {location.address}, {location.postalCode} {location.city}
                  </span>
                  {municipality ? <span className="muted">{municipality.name}</span> : null}
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}

      {legalBases.length > 0 ? (
        <section aria-labelledby="lovgrundlag" className="listing__section">
          <h2 id="lovgrundlag">{l.legalBasis}</h2>
          <ul className="law-list">
            {legalBases.map((basis) => {
              const replaces = basis.replaces ? reference.legalBasisById.get(basis.replaces) : null
              return (
                <li key={basis.id}>
                  <strong>{basis.citation ?? lawLabel(basis.law)}</strong>
                  <span lang={contentLang}>{basis.heading}</span>
                  {basis.validTo ? (
                    <span className="muted">{l.validTo(formatDate(basis.validTo, locale))}</span>
                  ) : null}
                  {replaces ? (
                    <span className="muted">
                      {l.replaces} {replaces.citation}
                    </span>
                  ) : null}
                  <a href={basis.eli} rel="external noopener" className="external">
                    {l.readLaw}
                    <span className="visually-hidden">: {basis.citation}</span>
                  </a>
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}

      {listing.evidence?.level || listing.evidence?.results || listing.evidence?.theoryOfChange ? (
        <section aria-labelledby="evidens" className="listing__section">
          <h2 id="evidens">{l.evidence}</h2>
          <dl className="facts">
            <Fact term={l.evidenceLevel}>
              {listing.evidence?.level
                ? optionLabel(evidenceLevels, listing.evidence.level, locale)
                : null}
            </Fact>
            <Fact term={l.results}>
              {listing.evidence?.results ? (
                <span lang={contentLang}>{listing.evidence.results}</span>
              ) : null}
            </Fact>
            <Fact term={l.theoryOfChange}>
              {listing.evidence?.theoryOfChange ? (
                <span lang={contentLang}>{listing.evidence.theoryOfChange}</span>
              ) : null}
            </Fact>
          </dl>
        </section>
      ) : null}

      {notes.length > 0 ? (
        <section aria-labelledby="noter" className="listing__section">
          <h2 id="noter">{l.notes}</h2>
          <ul className="card-list">
            {notes.map((note) => (
              <li key={note.id} className="card">
                <h3 className="card__title" lang={contentLang}>
                  <Link href={paths.document('legislation-note', note.slug ?? '', locale)}>
                    {note.title}
                  </Link>
                </h3>
                {note.effectiveDate ? (
                  <p className="card__meta">
                    {t.note.effective}: {formatDate(note.effectiveDate, locale)}
                  </p>
                ) : null}
                <p className="card__summary" lang={contentLang}>
                  {note.summary}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <footer className="listing__footer">
        <dl className="facts facts--inline">
          <Fact term={l.lastVerified}>
            {listing.lastVerifiedAt ? formatDate(listing.lastVerifiedAt, locale) : l.notVerified}
          </Fact>
          <Fact term={l.nextReview}>
            {listing.nextReviewAt ? formatDate(listing.nextReviewAt, locale) : null}
          </Fact>
          <Fact term={l.lastChanged}>{formatDate(listing.updatedAt, locale)}</Fact>
        </dl>
        <p className="no-print">
          <Link href={`${paths.shortlist(locale)}?${shortlistQuery([entry])}`}>
            {t.shortlist.shareLink}
          </Link>
        </p>
      </footer>
    </article>
  )
}

function KindFacts({
  listing,
  kind,
  locale,
}: {
  listing: AnyListing
  kind: ListingKind
  locale: Locale
}) {
  const l = getMessages(locale).listing
  const contentLang = locale === 'en' ? 'da' : undefined
  if (kind === 'offer') {
    const offer = listing as Offer
    return <Fact term={l.offerType}>{optionLabel(offerTypes, offer.offerType, locale)}</Fact>
  }
  if (kind === 'mentor') {
    const mentor = listing as Mentor
    return (
      <>
        <Fact term={l.mentorType}>{optionLabel(mentorTypes, mentor.mentorType, locale)}</Fact>
        <Fact term={l.mentorFocus}>
          {mentor.focus?.length
            ? mentor.focus.map((focus) => optionLabel(mentorFocuses, focus, locale)).join(', ')
            : null}
        </Fact>
        <Fact term={l.matching}>
          {mentor.matching ? <span lang={contentLang}>{mentor.matching}</span> : null}
        </Fact>
        <Fact term={l.duration}>
          {mentor.duration ? <span lang={contentLang}>{mentor.duration}</span> : null}
        </Fact>
      </>
    )
  }
  const school = listing as SchoolOption
  return (
    <>
      <Fact term={l.schoolType}>{optionLabel(schoolTypes, school.schoolType, locale)}</Fact>
      <Fact term={l.grades}>{l.gradeRange(school.gradeFrom, school.gradeTo)}</Fact>
      <Fact term={l.classSize}>{school.classSize ? String(school.classSize) : null}</Fact>
      <Fact term={l.profile}>
        {school.profile ? <span lang={contentLang}>{school.profile}</span> : null}
      </Fact>
      <Fact term={l.admissionViaPPR}>{school.admissionViaPPR ? l.yes : l.no}</Fact>
    </>
  )
}
