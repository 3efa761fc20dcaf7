import type { Payload, PayloadRequest } from 'payload'

import { formatDanishDate } from '@/domain/danishDate'
import type { ListingCollection } from '@/domain/options'
import { openReviewTask } from '@/reviewTasks'

import { noteTaskKey } from './window'

/** A text cut to at most `max` characters, with an ellipsis when cut. */
const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`

export type NoteForTask = { id: number; title: string; effectiveDate?: string | null }

/**
 * Opens the task that asks a listing's owners to confirm the listing against a note (idempotent:
 * one task per listing and note, whatever the number of saves).
 */
export function openNoteTask(
  payload: Payload,
  {
    note,
    listing,
    req,
  }: {
    note: NoteForTask
    listing: { collection: ListingCollection; id: number; title: string }
    req?: PayloadRequest
  },
) {
  const from = note.effectiveDate ? formatDanishDate(note.effectiveDate) : ''
  return openReviewTask(payload, {
    kind: 'legislation-note',
    dedupeKey: noteTaskKey(listing.collection, listing.id, note.id),
    assignee: 'owners',
    title: clip(
      `Ny lovgivning: gennemgå »${clip(listing.title, 120)}« i forhold til »${note.title}«`,
      300,
    ),
    detail:
      `Noten »${clip(note.title, 300)}«${from ? ` gælder fra ${from}` : ''} berører opslaget. ` +
      'Læs noten, ret opslaget hvis noget skal ændres, og bekræft det derefter på opslagets side ' +
      'eller i admin (»Opslaget er gennemgået i forhold til noten«). Indtil da står noten øverst på ' +
      'opslagets side.',
    listing: { collection: listing.collection, id: listing.id },
    note: note.id,
    req,
  })
}
