import type { Metadata } from 'next'
import Link from 'next/link'

import { alternates, paths } from '@/domain/urls'
import { getDictionary, routeLocale } from '@/i18n'
import { getViewer } from '@/queries/session'
import { safeReturnPath } from '@/security/returnPath'
import { PortalSsoOptions } from '@/sso/components/PortalSsoOptions'

import { LoginForm } from './LoginForm.client'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return {
    title: (await getDictionary(locale)).login.title,
    robots: { index: false },
    alternates: alternates('/log-ind', locale),
  }
}

/** Log in on the portal (the same users as the admin); the form is LoginForm.client.tsx. */
export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const t = await getDictionary(locale)
  const viewer = await getViewer()
  const query = await searchParams
  const raw = query.next
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
        <>
          <PortalSsoOptions locale={locale} next={next} searchParams={query} />
          <LoginForm
            locale={locale}
            next={next}
            labels={{ email: t.login.email, password: t.login.password, submit: t.login.submit }}
          />
        </>
      )}
    </div>
  )
}
