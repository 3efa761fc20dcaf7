'use client'

import { Button, toast, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * »Send invitationen igen« in the sidebar of an invitation that was not taken: a new link with a
 * new expiry (POST /api/invitations/:id/resend); the old link stops working.
 */
export function ResendInvitationButton() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  if (!id || status === 'accepted') return null

  async function resend() {
    setBusy(true)
    setError(undefined)
    const response = await fetch(`/api/invitations/${id}/resend`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => undefined)
    setBusy(false)
    const body = (await response?.json().catch(() => ({}))) as
      { message?: string; errors?: Array<{ message: string }> } | undefined
    if (!response?.ok) {
      setError(body?.errors?.[0]?.message ?? 'Invitationen kunne ikke sendes. Prøv igen.')
      return
    }
    toast.success(body?.message ?? 'Invitationen er sendt igen.')
    window.location.reload()
  }

  return (
    <div className="field-type resend-invitation" data-resend-invitation>
      <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={resend}>
        Send invitationen igen
      </Button>
      <p className="field-description">Sender et nyt link; det gamle holder op med at virke.</p>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
