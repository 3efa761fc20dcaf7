'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Answer = { errors?: Array<{ message: string }>; results?: Array<{ outcome: string }> }

async function post(url: string, body?: unknown): Promise<{ ok: boolean; answer: Answer }> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch(() => undefined)
  const answer = ((await response?.json().catch(() => ({}))) ?? {}) as Answer
  return { ok: Boolean(response?.ok), answer }
}

const count = (answer: Answer, outcome: string) =>
  answer.results?.filter((result) => result.outcome === outcome).length ?? 0

/**
 * »Flyt til …«: moves the flagged listings of one repealed provision to the chosen successor.
 * NGO-owned listings become proposals for their owners; the toast says how many of each.
 */
export function MoveListingsForm({
  provision,
  successors,
  count: listings,
}: {
  provision: number
  successors: { id: number; citation: string }[]
  count: number
}) {
  const router = useRouter()
  const [to, setTo] = useState(successors.length === 1 ? String(successors[0]!.id) : '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  async function move() {
    if (!to) {
      setError('Vælg den bestemmelse, opslagene skal flyttes til.')
      return
    }
    setBusy(true)
    setError(undefined)
    const { ok, answer } = await post(`/api/legal-bases/${provision}/move-listings`, {
      to: Number(to),
    })
    setBusy(false)
    if (!ok) {
      setError(answer.errors?.[0]?.message ?? 'Flytningen mislykkedes. Prøv igen.')
      return
    }
    const failed = count(answer, 'failed')
    toast.success(
      `${count(answer, 'applied')} opslag flyttet, ${count(answer, 'proposed')} sendt til ejerens bekræftelse` +
        (failed ? `, ${failed} kunne ikke flyttes (se listen)` : '') +
        '.',
    )
    router.refresh()
  }

  const selectId = `repeal-to-${provision}`
  return (
    <div className="repeal-move">
      <label htmlFor={selectId}>Flyt til</label>{' '}
      <select id={selectId} value={to} onChange={(event) => setTo(event.target.value)}>
        {successors.length > 1 && <option value="">Vælg efterfølger …</option>}
        {successors.map((successor) => (
          <option key={successor.id} value={successor.id}>
            {successor.citation}
          </option>
        ))}
      </select>{' '}
      <Button buttonStyle="primary" disabled={busy || listings === 0} onClick={move}>
        Flyt {listings} opslag
      </Button>
      {error && (
        <p role="alert" className="repeal-move__error">
          {error}
        </p>
      )}
    </div>
  )
}

/** »Bekræft flytningen«: the owner (or another consultant) applies a proposed move. */
export function ConfirmMoveButton({ move, summary }: { move: number; summary: string }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  async function confirm() {
    setBusy(true)
    setError(undefined)
    const { ok, answer } = await post(`/api/legal-basis-moves/${move}/confirm`)
    setBusy(false)
    if (!ok) {
      setError(answer.errors?.[0]?.message ?? 'Bekræftelsen mislykkedes. Prøv igen.')
      return
    }
    toast.success(`Lovgrundlaget er flyttet: ${summary}`)
    router.refresh()
  }

  return (
    <div className="repeal-confirm">
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={confirm}>
        Bekræft flytningen
      </Button>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
