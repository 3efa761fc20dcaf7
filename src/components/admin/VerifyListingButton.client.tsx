'use client'

import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * »Opslaget er stadig korrekt« in the sidebar of a saved listing: one click confirms it as it is
 * (POST /api/<collection>/:id/verify); the date, who and how come from the server, never typed.
 */
export function VerifyListingButton() {
  const { id, collectionSlug, docPermissions } = useDocumentInfo()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  if (!id || !collectionSlug || !docPermissions?.update) return null

  async function confirm() {
    setBusy(true)
    setError(undefined)
    const response = await fetch(`/api/${collectionSlug}/${id}/verify`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => undefined)
    setBusy(false)
    if (!response?.ok) {
      const body = (await response?.json().catch(() => ({}))) as
        { errors?: Array<{ message: string }> } | undefined
      setError(body?.errors?.[0]?.message ?? 'Bekræftelsen mislykkedes. Prøv igen.')
      return
    }
    toast.success('Tak – opslaget er bekræftet som korrekt.')
    // The edit form holds the document it loaded: reload it to show the new verification.
    window.location.reload()
  }

  return (
    <div className="field-type verify-listing" data-verify-listing>
      <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={confirm}>
        Opslaget er stadig korrekt
      </Button>
      <p className="field-description">
        Bekræfter, at alle oplysninger stadig passer. Er noget ændret, så ret opslaget i stedet.
      </p>
      {error && (
        <p role="alert" className="verify-listing__error">
          {error}
        </p>
      )}
    </div>
  )
}
