'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * Publish the draft as it is, or send it back to the NGO editor with a comment. The decision is
 * confirmed in a toast (it outlives this item, which leaves the queue on refresh).
 */
export function ReviewActions({
  collection,
  id,
  title,
}: {
  collection: string
  id: number
  title: string
}) {
  const router = useRouter()
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  async function decide(action: 'publish' | 'return') {
    setBusy(true)
    setError(undefined)
    const response = await fetch(`/api/${collection}/${id}/review`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(action === 'publish' ? { action } : { action, comment }),
    }).catch(() => undefined)
    setBusy(false)
    if (!response?.ok) {
      const body = (await response?.json().catch(() => ({}))) as
        { errors?: Array<{ message: string }> } | undefined
      setError(body?.errors?.[0]?.message ?? 'Handlingen mislykkedes. Prøv igen.')
      return
    }
    toast.success(
      action === 'publish'
        ? `Ændringen af »${title}« er offentliggjort.`
        : `»${title}« er sendt tilbage til redaktøren med din kommentar.`,
    )
    setComment('')
    router.refresh()
  }

  return (
    <div className="review-actions">
      <Button buttonStyle="primary" disabled={busy} onClick={() => decide('publish')}>
        Offentliggør ændringen
      </Button>
      <label htmlFor={`comment-${collection}-${id}`}>Kommentar til redaktøren</label>
      <textarea
        id={`comment-${collection}-${id}`}
        rows={3}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <Button buttonStyle="secondary" disabled={busy} onClick={() => decide('return')}>
        Send tilbage med kommentar
      </Button>
      {error && (
        <p role="alert" className="review-actions__error">
          {error}
        </p>
      )}
    </div>
  )
}
