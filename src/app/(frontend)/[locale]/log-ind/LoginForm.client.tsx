'use client'

import { useActionState } from 'react'

import type { Locale } from '@/i18n/locales'
import { login, type LoginState } from '@/actions/auth'

/** The portal's login form: a server action, so it works without JavaScript as well. */
export function LoginForm({
  locale,
  next,
  labels,
}: {
  locale: Locale
  next: string
  labels: { email: string; password: string; submit: string }
}) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {
    error: null,
    email: '',
  })
  return (
    <form action={action} className="login-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      {state.error ? (
        <p className="notice notice--error" role="alert" id="login-error">
          {state.error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="login-email">{labels.email}</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? 'login-error' : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="login-password">{labels.password}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? 'login-error' : undefined}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
