import Link from 'next/link'

import { paths } from '@/domain/urls'
import type { Dictionary, Locale } from '@/i18n'
import { type SearchParams, searchQueryString } from '@/search/query/params'
import type { SearchResult } from '@/search/query/types'

/**
 * What the results are when they are not simply "every word found": the best partial matches
 * (with the words no listing contains struck through, and which set the counts describe), the
 * words read as a word of the portal, and "Mente du …?" when the words as typed found few.
 */
export function MatchNotice({
  result,
  params,
  locale,
  t,
}: {
  result: SearchResult
  params: SearchParams
  locale: Locale
  t: Dictionary
}) {
  const partial = result.match === 'some' && result.total > 0
  const corrections = result.corrections.filter(({ from, to }) => from !== to)
  if (!partial && !result.didYouMean && corrections.length === 0) return null
  return (
    <div className="match-notice">
      {partial ? (
        <div className="notice" data-match="some">
          <p>
            <strong>{t.search.partialTitle}</strong>
          </p>
          {result.missingWords.length > 0 ? (
            <p data-missing-words={result.missingWords.join(' ')}>
              {t.search.partialMissing}{' '}
              {result.missingWords.map((word, i) => (
                <span key={word}>
                  {i > 0 ? ', ' : null}
                  <del lang="da">{word}</del>
                </span>
              ))}
            </p>
          ) : null}
          <p>{t.search.partialCount(result.total)}</p>
        </div>
      ) : null}
      {result.didYouMean ? (
        <p className="did-you-mean" data-did-you-mean={result.didYouMean}>
          {t.search.didYouMean}{' '}
          <Link
            href={paths.search(
              locale,
              searchQueryString({ ...params, q: result.didYouMean, page: 1 }),
            )}
          >
            <span lang="da">»{result.didYouMean}«</span>
          </Link>
          ?
        </p>
      ) : corrections.length > 0 ? (
        <p className="corrected-note">
          {t.search.correctedNote(corrections.map(({ to }) => `»${to}«`).join(', '))}
        </p>
      ) : null}
    </div>
  )
}
