'use client'

import { Button, toast, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * »Luk konto« / »Åbn konto igen« in the sidebar of a user, for the secretariat: POST
 * /api/users/:id/deactivate or /reactivate. Closing ends the user's sessions at once and tells
 * them by mail; what they wrote stays. Not shown on one's own account.
 */
export function AccountStatusButton() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const deactivatedAt = useFormFields(([fields]) => fields.deactivatedAt?.value)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const isAdmin = (user as { role?: string } | null)?.role === 'admin'
  if (!id || !isAdmin || String(user?.id) === String(id)) return null
  const closed = Boolean(deactivatedAt)

  async function change() {
    if (
      !closed &&
      !window.confirm(
        'Luk kontoen? Brugeren bliver logget ud med det samme og får besked på e-mail.',
      )
    ) {
      return
    }
    setBusy(true)
    setError(undefined)
    const response = await fetch(`/api/users/${id}/${closed ? 'reactivate' : 'deactivate'}`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => undefined)
    setBusy(false)
    const body = (await response?.json().catch(() => ({}))) as
      { message?: string; errors?: Array<{ message: string }> } | undefined
    if (!response?.ok) {
      setError(body?.errors?.[0]?.message ?? 'Det lykkedes ikke. Prøv igen.')
      return
    }
    toast.success(body?.message ?? 'Gemt.')
    window.location.reload()
  }

  return (
    <div className="field-type account-status" data-account-status>
      <Button
        buttonStyle={closed ? 'primary' : 'secondary'}
        size="medium"
        disabled={busy}
        onClick={change}
      >
        {closed ? 'Åbn kontoen igen' : 'Luk kontoen'}
      </Button>
      <p className="field-description">
        {closed
          ? 'Brugeren kan logge ind igen, når kontoen er åbnet.'
          : 'En lukket konto kan ikke logge ind. Det, brugeren har skrevet, bliver stående med navn.'}
      </p>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
