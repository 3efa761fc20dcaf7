import Link from 'next/link'

import { relationIds } from '@/utilities/relationId'
import { paths } from '@/domain/urls'
import { optionLabel } from '@/i18n'
import { searchQueryString } from '@/search/query/params'

import { Fact } from './Fact'
import type { ListingView } from './view'

/** Who the listing is for: age, topics, languages and where it can be used. */
export function ForWhom({ view }: { view: ListingView }) {
  const { listing, locale, t, lang, reference } = view
  const l = t.listing
  const topics = relationIds(listing.topics)
    .map((id) => reference.topicById.get(id))
    .filter((topic) => topic !== undefined)
  const coverage = relationIds(listing.coverage)
    .map((id) => reference.municipalityById.get(id))
    .filter((m) => m !== undefined)
  const searchLink = (query: Parameters<typeof searchQueryString>[0]) =>
    paths.search(locale, searchQueryString(query))
  return (
    <section aria-labelledby="for-hvem" className="listing__section">
      <h2 id="for-hvem">{l.forWhom}</h2>
      <dl className="facts">
        <Fact term={l.age}>{l.ageRange(listing.ageMin, listing.ageMax)}</Fact>
        {topics.length > 0 ? (
          <Fact term={l.topics}>
            <ul className="tag-list">
              {topics.map((topic) => (
                <li key={topic.id}>
                  <Link href={searchLink({ topic: [topic.slug ?? ''] })} lang={lang}>
                    {topic.name}
                  </Link>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {listing.languages?.length ? (
          <Fact term={l.languages}>
            {listing.languages.map((code) => optionLabel(t, 'language', code)).join(', ')}
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
  )
}
