import type { Metadata } from 'next'
import Link from 'next/link'

import { paths, type Locale } from '@/domain/urls'
import { getMessages } from '@/i18n/messages'
import { safeReturnPath } from '@/portal/returnPath'
import { getViewer } from '@/portal/session'

import { LoginForm } from '../LoginForm.client'

type Props = {
  locale: Locale
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export function loginMetadata(locale: Locale): Metadata {
  return { title: getMessages(locale).login.title, robots: { index: false } }
}

export async function LoginPage({ locale, searchParams }: Props) {
  const t = getMessages(locale)
  const viewer = await getViewer()
  const raw = (await searchParams).next
  const next = safeReturnPath(typeof raw === 'string' ? raw : undefined, paths.home(locale))
  return (
    <div className="narrow">
      <h1>{t.login.title}</h1>
      <p className="lead">{t.login.lead}</p>
      {viewer ? (
        <>
          <p className="notice">{t.login.already(viewer.name)}</p>
          {viewer.role !== 'caseworker' ? (
            <p>
              <Link href="/admin">{t.login.toAdmin}</Link>
            </p>
          ) : null}
        </>
      ) : (
        <LoginForm
          locale={locale}
          next={next}
          labels={{ email: t.login.email, password: t.login.password, submit: t.login.submit }}
        />
      )}
    </div>
  )
}
