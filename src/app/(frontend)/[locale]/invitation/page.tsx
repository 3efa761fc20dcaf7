import config from '@payload-config'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getPayload } from 'payload'

import { acceptProblemDa, invitationForLink } from '@/accounts/invitations/accept'
import { MIN_PASSWORD_LENGTH } from '@/accounts/password'
import { formatDanishDate } from '@/domain/danishDate'
import { paths } from '@/domain/urls'
import { routeLocale, type Locale } from '@/i18n'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const texts: Record<
  Locale,
  {
    title: string
    lead: (name: string) => string
    email: string
    password: string
    again: string
    rule: string
    submit: string
    until: (date: string) => string
    done: string
    login: string
  }
> = {
  da: {
    title: 'Opret din konto',
    lead: (name) => `Velkommen, ${name}. Vælg en adgangskode til din konto på Videnportalen.`,
    email: 'E-mail',
    password: 'Adgangskode',
    again: 'Gentag adgangskoden',
    rule: `Mindst ${MIN_PASSWORD_LENGTH} tegn. En sætning af flere ord er let at huske og svær at gætte.`,
    submit: 'Opret konto',
    until: (date) => `Linket virker én gang og til og med ${date}.`,
    done: 'Din konto er oprettet. Log ind med din e-mail og den adgangskode, du lige har valgt.',
    login: 'Log ind',
  },
  en: {
    title: 'Create your account',
    lead: (name) => `Welcome, ${name}. Choose a password for your account on the portal.`,
    email: 'E-mail',
    password: 'Password',
    again: 'Repeat the password',
    rule: `At least ${MIN_PASSWORD_LENGTH} characters. A sentence of several words is easy to remember and hard to guess.`,
    submit: 'Create account',
    until: (date) => `The link works once, until ${date}.`,
    done: 'Your account has been created. Log in with your e-mail and the password you just chose.',
    login: 'Log in',
  },
  nb: {
    title: 'Opprett kontoen din',
    lead: (name) => `Velkommen, ${name}. Velg et passord til kontoen din på portalen.`,
    email: 'E-post',
    password: 'Passord',
    again: 'Gjenta passordet',
    rule: `Minst ${MIN_PASSWORD_LENGTH} tegn. En setning med flere ord er lett å huske og vanskelig å gjette.`,
    submit: 'Opprett konto',
    until: (date) => `Lenken virker én gang, til og med ${date}.`,
    done: 'Kontoen din er opprettet. Logg inn med e-posten din og passordet du nettopp valgte.',
    login: 'Logg inn',
  },
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { title: texts[locale].title, robots: { index: false } }
}

/**
 * Where an invitation mail's link leads: the invitee chooses a password once (a plain form post
 * to /api/invitation/accept, so it works without JavaScript; opening the link changes nothing).
 * A used, expired, replaced or damaged link says so in Danish, never with a stack trace.
 */
export default async function InvitationPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const query = await searchParams
  const t = texts[locale]
  if (first(query.oprettet) === '1') {
    return (
      <div className="narrow">
        <h1>{t.title}</h1>
        <p className="notice" role="status">
          {t.done}
        </p>
        <p>
          <Link className="button" href={paths.login(locale)}>
            {t.login}
          </Link>
        </p>
      </div>
    )
  }
  const token = first(query.t) ?? ''
  const payload = await getPayload({ config })
  const state = await invitationForLink(payload, token, new Date())
  if (!state.ok) {
    return (
      <div className="narrow">
        <h1>{t.title}</h1>
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
        {state.problem === 'used' ? (
          <p>
            <Link href={paths.login(locale)}>{t.login}</Link>
          </p>
        ) : null}
      </div>
    )
  }
  const failed = first(query.fejl)
  const error =
    failed && Object.hasOwn(acceptProblemDa, failed)
      ? acceptProblemDa[failed as keyof typeof acceptProblemDa]
      : null
  return (
    <div className="narrow">
      <h1>{t.title}</h1>
      <p className="lead">{t.lead(state.name)}</p>
      <form method="post" action="/api/invitation/accept" className="login-form">
        <input type="hidden" name="t" value={token} />
        {error ? (
          <p className="notice notice--error" role="alert" id="invitation-error">
            {error}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="invitation-email">{t.email}</label>
          <input
            id="invitation-email"
            name="email"
            type="email"
            autoComplete="username"
            value={state.email}
            readOnly
          />
        </div>
        <div className="field">
          <label htmlFor="invitation-password">{t.password}</label>
          <input
            id="invitation-password"
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            required
            aria-describedby="invitation-rule"
            aria-invalid={error ? true : undefined}
          />
          <p className="hint" id="invitation-rule">
            {t.rule}
          </p>
        </div>
        <div className="field">
          <label htmlFor="invitation-again">{t.again}</label>
          <input
            id="invitation-again"
            name="passwordAgain"
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            required
          />
        </div>
        <p>{t.until(formatDanishDate(state.expiresAt, { withTime: true }))}</p>
        <button type="submit" className="button">
          {t.submit}
        </button>
      </form>
    </div>
  )
}
