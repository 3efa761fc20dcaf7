import Link from 'next/link'

import { paths } from '@/domain/urls'
import type { Locale } from '@/i18n/locales'
import { methodLabels } from '@/network/methods/labels'

import { qualityLabels } from './labels'
import { qualityPath } from './paths'

/**
 * On a network's page: its material (the methods library) and, for its members, the cooperation
 * quality over the years.
 */
export function NetworkMaterial({
  locale,
  slug,
  member,
}: {
  locale: Locale
  slug: string
  member: boolean
}) {
  const quality = qualityLabels[locale]
  const methods = methodLabels[locale]
  return (
    <section aria-labelledby="materiale" className="network__section">
      <h2 id="materiale">{quality.material}</h2>
      <ul className="entry-list">
        <li>
          <Link href={paths.methods(locale)}>{methods.indexTitle}</Link>
        </li>
        {member ? (
          <li>
            <Link href={qualityPath(locale, slug)} data-quality-link="">
              {quality.title}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  )
}
