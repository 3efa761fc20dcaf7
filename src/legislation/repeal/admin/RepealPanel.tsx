import type { Payload, PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { formatDanishDate } from '@/domain/danishDate'
import { relationId } from '@/utilities/relationId'

import { MOVES_COLLECTION } from '../collection'
import { ConfirmMoveButton } from './RepealActions.client'

type Props = {
  id?: number | string
  collectionSlug?: string
  payload: Payload
  req: PayloadRequest
}

type Named = { id: number; citation?: string | null; name?: string | null } | number | null

const citation = (value: unknown) =>
  (value as Named & object)?.citation ?? `Lovgrundlag #${relationId(value) ?? '?'}`
const person = (value: unknown) => (value as Named & object)?.name ?? null

/**
 * In a listing's sidebar: a move of its legal basis that awaits confirmation (with »Bekræft
 * flytningen« for its owner or another consultant), and the moves made (its history of them).
 * Read with the reader's own access: an NGO editor sees their organization's moves only.
 */
export async function RepealPanel({ id, collectionSlug, payload, req }: Props) {
  if (id === undefined || !collectionSlug) return null
  const { docs } = await payload.find({
    collection: MOVES_COLLECTION,
    where: { listingKey: { equals: `${collectionSlug}:${id}` } },
    sort: '-proposedAt',
    depth: 1,
    limit: 20,
    overrideAccess: false,
    req,
  })
  if (docs.length === 0) return null
  const user = req.user
  return (
    <div className="repeal-panel field-type" data-repeal-panel>
      <h4 style={{ marginBottom: '0.5rem' }}>Lovgrundlag flyttet</h4>
      <ul style={{ paddingLeft: '1rem' }}>
        {docs.map((move) => {
          const from = citation(move.from)
          const to = citation(move.to)
          const proposer = person(move.proposedBy)
          const decider = person(move.decidedBy)
          const mayConfirm =
            move.status === 'proposed' &&
            !(checkRole(['consultant'], user) && relationId(move.proposedBy) === user?.id)
          return (
            <li key={move.id} data-move-status={move.status}>
              {from} → {to}:{' '}
              {move.status === 'proposed'
                ? `foreslået${proposer ? ` af ${proposer}` : ''} ${formatDanishDate(move.proposedAt, { withTime: true })}, afventer bekræftelse.`
                : move.status === 'applied'
                  ? `flyttet ${formatDanishDate(move.decidedAt, { withTime: true })}${decider ? ` af ${decider}` : ''}${proposer && proposer !== decider ? ` (foreslået af ${proposer})` : ''}.`
                  : 'overflødig: opslaget var allerede rettet.'}
              {mayConfirm && (
                <ConfirmMoveButton move={move.id as number} summary={`${from} → ${to}`} />
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
