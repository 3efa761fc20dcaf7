import Link from 'next/link'

import { paths } from '@/domain/urls'
import type { Dictionary, Locale } from '@/i18n'

import { describeSearchErrors } from './labels'

/** An address the search cannot read: what is wrong, in the reader's language (never a 500). */
export function InvalidSearch({
  errors,
  locale,
  t,
}: {
  errors: Array<{ param: string; message: string }>
  locale: Locale
  t: Dictionary
}) {
  return (
    <>
      <h1>{t.search.invalidTitle}</h1>
      <div className="notice notice--error" role="alert">
        <p>{t.search.invalidLead}</p>
        <ul>
          {describeSearchErrors(errors, t).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </div>
      <p>
        <Link href={paths.search(locale)}>{t.search.startOver}</Link>
      </p>
    </>
  )
}
