import Link from 'next/link'

import { paths, type Locale } from '@/domain/urls'
import { getMessages } from '@/i18n/messages'

export function NotFoundPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).errors
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
