import type { Metadata } from 'next'
import Link from 'next/link'

import { paths } from '@/domain/urls'
import { getDictionary, requestLocale } from '@/i18n'

export async function generateMetadata(): Promise<Metadata> {
  return { title: getDictionary(await requestLocale()).errors.notFoundTitle }
}

/** The portal's 404 in the reader's language (not-found pages get no params: the proxy tells). */
export default async function NotFound() {
  const locale = await requestLocale()
  const t = getDictionary(locale).errors
  return (
    <div className="narrow">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <ul className="link-list">
        <li>
          <Link href={paths.home(locale)}>{t.toHome}</Link>
        </li>
        <li>
          <Link href={paths.search(locale)}>{t.toSearch}</Link>
        </li>
      </ul>
    </div>
  )
}
