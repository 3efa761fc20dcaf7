'use client'

import Link from 'next/link'
import { useActionState } from 'react'

import { type ErrorReportState, reportError } from '@/actions/errorReport'

type Texts = {
  summary: string
  lead: string
  category: string
  text: string
  textHint: string
  email: string
  emailHint: string
  honeypot: string
  submit: string
  sent: string
  sentWithAnswer: string
  privacy: string
  privacyLink: string
}

const initial: ErrorReportState = {
  status: 'idle',
  errors: [],
  values: { category: '', text: '', reporterEmail: '' },
  answerByEmail: false,
}

/** The form of ErrorReportForm.tsx: a server action, so it works without JavaScript as well. */
export function ErrorReportFormClient({
  targetCollection,
  targetId,
  formToken,
  categories,
  maxChars,
  privacyPath,
  texts,
}: {
  targetCollection: string
  targetId: number
  formToken: string
  categories: Array<{ value: string; label: string }>
  maxChars: number
  privacyPath: string
  texts: Texts
}) {
  const [state, action, pending] = useActionState<ErrorReportState, FormData>(reportError, initial)
  const errorOf = (field: string) => state.errors.find((error) => error.field === field)?.message
  const formErrors = state.errors.filter(
    (error) => !['category', 'text', 'reporterEmail'].includes(error.field),
  )
  const describedBy = (field: string, hint?: string) =>
    [errorOf(field) ? `report-${field}-error` : null, hint].filter(Boolean).join(' ') || undefined

  return (
    <details className="report-error no-print" id="meld-fejl" open={state.status !== 'idle'}>
      <summary>{texts.summary}</summary>
      {state.status === 'sent' ? (
        <p className="notice" role="status" data-report-sent>
          {state.answerByEmail ? texts.sentWithAnswer : texts.sent}
        </p>
      ) : (
        <form action={action} className="report-error__form" noValidate>
          <p>{texts.lead}</p>
          <input type="hidden" name="targetCollection" value={targetCollection} />
          <input type="hidden" name="targetId" value={targetId} />
          <input type="hidden" name="formToken" value={formToken} />
          {formErrors.length ? (
            <div className="notice notice--error" role="alert" data-report-error>
              {formErrors.map((error) => (
                <p key={error.field + error.message}>{error.message}</p>
              ))}
            </div>
          ) : null}
          <fieldset
            className="field"
            aria-describedby={errorOf('category') ? 'report-category-error' : undefined}
          >
            <legend>{texts.category}</legend>
            {errorOf('category') ? (
              <p className="field__error" id="report-category-error" data-report-error>
                {errorOf('category')}
              </p>
            ) : null}
            {categories.map((category) => (
              <label key={category.value} className="report-error__choice">
                <input
                  type="radio"
                  name="category"
                  value={category.value}
                  defaultChecked={state.values.category === category.value}
                  required
                />{' '}
                {category.label}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="report-text">{texts.text}</label>
            <p className="field__hint" id="report-text-hint">
              {texts.textHint}
            </p>
            {errorOf('text') ? (
              <p className="field__error" id="report-text-error" data-report-error>
                {errorOf('text')}
              </p>
            ) : null}
            <textarea
              id="report-text"
              name="text"
              rows={5}
              maxLength={maxChars}
              required
              defaultValue={state.values.text}
              aria-invalid={errorOf('text') ? true : undefined}
              aria-describedby={describedBy('text', 'report-text-hint')}
            />
          </div>
          <div className="field">
            <label htmlFor="report-email">{texts.email}</label>
            <p className="field__hint" id="report-email-hint">
              {texts.emailHint}
            </p>
            {errorOf('reporterEmail') ? (
              <p className="field__error" id="report-reporterEmail-error" data-report-error>
                {errorOf('reporterEmail')}
              </p>
            ) : null}
            <input
              id="report-email"
              name="reporterEmail"
              type="email"
              autoComplete="email"
              defaultValue={state.values.reporterEmail}
              aria-invalid={errorOf('reporterEmail') ? true : undefined}
              aria-describedby={describedBy('reporterEmail', 'report-email-hint')}
            />
          </div>
          <div className="report-error__trap" aria-hidden="true">
            <label htmlFor="report-website">{texts.honeypot}</label>
            <input
              id="report-website"
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
            />
          </div>
          <p className="field__hint">
            {texts.privacy} <Link href={privacyPath}>{texts.privacyLink}</Link>.
          </p>
          <button type="submit" className="button" disabled={pending}>
            {texts.submit}
          </button>
        </form>
      )}
    </details>
  )
}
