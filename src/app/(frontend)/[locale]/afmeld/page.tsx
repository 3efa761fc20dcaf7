import type { Metadata } from 'next'

import { routeLocale, type Locale } from '@/i18n'
import { tokenProblemDa } from '@/mail/signedLinks'
import { isMailTopic, MAIL_TOPICS } from '@/mail/topics'
import { readUnsubscribeToken } from '@/mail/unsubscribe'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const texts: Record<
  Locale,
  { title: string; stop: string; stopped: string; again: string; intro: string }
> = {
  da: {
    title: 'Stop e-mails',
    intro: 'Du er ved at stoppe denne slags e-mails fra Videnportalen:',
    stop: 'Stop disse e-mails',
    stopped: 'Du får ikke længere denne slags e-mails:',
    again: 'Du kan slå dem til igen under din profil, når du er logget ind.',
  },
  en: {
    title: 'Stop e-mails',
    intro: 'You are about to stop this kind of e-mail from the portal:',
    stop: 'Stop these e-mails',
    stopped: 'You will no longer get this kind of e-mail:',
    again: 'You can turn them on again in your profile when logged in.',
  },
  nb: {
    title: 'Stopp e-poster',
    intro: 'Du er i ferd med å stoppe denne typen e-post fra portalen:',
    stop: 'Stopp disse e-postene',
    stopped: 'Du får ikke lenger denne typen e-post:',
    again: 'Du kan slå dem på igjen i profilen din når du er logget inn.',
  },
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { title: texts[locale].title, robots: { index: false } }
}

/**
 * Where the unsubscribe link of a mail leads: a page with one button (a POST to
 * /api/mail/unsubscribe), since opening a link must never change anything by itself — mail
 * scanners open every link.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const query = await searchParams
  const t = texts[locale]
  const stopped = first(query.stoppet)
  if (stopped && isMailTopic(stopped)) {
    return (
      <div className="prose">
        <h1>{t.title}</h1>
        <p role="status">
          {t.stopped} <strong>{MAIL_TOPICS[stopped][locale === 'en' ? 'en' : 'da']}</strong>.
        </p>
        <p>{t.again}</p>
      </div>
    )
  }
  const failed = first(query.fejl)
  const check = readUnsubscribeToken(first(query.t))
  if (!check.ok || failed) {
    const reason = check.ok ? 'malformed' : check.reason
    return (
      <div className="prose">
        <h1>{t.title}</h1>
        <p role="alert">
          {tokenProblemDa[failed && failed in tokenProblemDa ? (failed as typeof reason) : reason]}
        </p>
      </div>
    )
  }
  return (
    <div className="prose">
      <h1>{t.title}</h1>
      <p>
        {t.intro} <strong>{MAIL_TOPICS[check.target.topic][locale === 'en' ? 'en' : 'da']}</strong>
      </p>
      <form method="post" action="/api/mail/unsubscribe">
        <input type="hidden" name="t" value={first(query.t)} />
        <button type="submit" className="button">
          {t.stop}
        </button>
      </form>
    </div>
  )
}
