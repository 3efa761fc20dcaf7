import Link from 'next/link'

import { FLAG_FIELD, type FlaggedCollection } from '../flags'
import { flaggedListHref } from '../overview'

type Props = { collectionConfig?: { slug: string }; searchParams?: Record<string, unknown> }

/**
 * Above the list of offers, mentors, school options and notes: the filter »Henviser til ophævet
 * bestemmelse« as one link, and the way back when it is on. (The same condition is in the list's
 * own filter as the field »Henviser til ophævet bestemmelse«.)
 */
export function RepealedFilter({ collectionConfig, searchParams }: Props) {
  const collectionSlug = collectionConfig?.slug
  if (!collectionSlug) return null
  const on = Object.keys(searchParams ?? {}).some((key) => key.includes(`[${FLAG_FIELD}]`))
  return (
    <p className="repealed-filter" style={{ marginBottom: '1rem' }}>
      {on ? (
        <>
          Viser kun dem, der henviser til en ophævet bestemmelse ·{' '}
          <Link href={`/admin/collections/${collectionSlug}`}>Vis alle</Link>
        </>
      ) : (
        <Link href={flaggedListHref(collectionSlug as FlaggedCollection)}>
          Henviser til ophævet bestemmelse
        </Link>
      )}
    </p>
  )
}
