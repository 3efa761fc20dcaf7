/**
 * Provisions with a life: which provisions of the legal-basis register are repealed on a given day
 * and have a successor, and which of them a listing or a note still cites. Pure: no Payload here,
 * so the rule is unit-tested on its own (test/unit/repeal.spec.ts).
 */
import { copenhagenDay } from '@/domain/danishDate'

/** A provision as the register holds it (ids only; depth 0). */
export type Provision = {
  id: number
  citation?: string | null
  heading?: string | null
  validTo?: string | null
  replaces?: number | null
}

/** A provision whose last day has passed and which another provision took over. */
export type RepealedProvision = {
  id: number
  citation: string
  heading: string
  /** The last day it was valid (`yyyy-mm-dd`, Copenhagen). */
  validTo: string
  successors: { id: number; citation: string }[]
}

/**
 * Whether a provision's last day (`validTo`, "Gælder til", a Copenhagen calendar day) has passed
 * at `now`: Serviceloven § 52 with validTo 31 December 2023 is repealed from 1 January 2024 at
 * midnight Danish time, the day Barnets Lov took over.
 */
export function hasExpired(validTo: string | null | undefined, now: Date): boolean {
  if (!validTo) return false
  const last = new Date(validTo)
  if (Number.isNaN(last.getTime())) return false
  return copenhagenDay(last) < copenhagenDay(now)
}

const label = (provision: Provision) => provision.citation || `Lovgrundlag #${provision.id}`

/**
 * The provisions repealed at `now` that have a successor (a provision that `replaces` them), with
 * their successors. A provision that simply ran out, with nothing in its place, flags nothing:
 * there is nowhere to move to, and the consultants decide what it means.
 */
export function repealedProvisions(
  provisions: Provision[],
  now: Date,
): Map<number, RepealedProvision> {
  const successors = new Map<number, Provision[]>()
  for (const provision of provisions) {
    if (provision.replaces == null) continue
    const list = successors.get(provision.replaces) ?? []
    list.push(provision)
    successors.set(provision.replaces, list)
  }
  const repealed = new Map<number, RepealedProvision>()
  for (const provision of provisions) {
    const next = successors.get(provision.id)
    if (!next?.length || !hasExpired(provision.validTo, now)) continue
    repealed.set(provision.id, {
      id: provision.id,
      citation: label(provision),
      heading: provision.heading ?? '',
      validTo: copenhagenDay(new Date(provision.validTo!)),
      successors: next
        .map((successor) => ({ id: successor.id, citation: label(successor) }))
        .sort((a, b) => a.citation.localeCompare(b.citation, 'da')),
    })
  }
  return repealed
}

/** The repealed provisions a published listing still cites: every one of them counts. */
export function repealedCitedByListing(
  cited: number[],
  repealed: Map<number, RepealedProvision>,
): number[] {
  return [...new Set(cited)].filter((id) => repealed.has(id)).sort((a, b) => a - b)
}

/**
 * The repealed provisions a note cites without also citing a successor. A note that names both
 * the old and the new provision explains the change (as several sample notes do on purpose) and is
 * not flagged.
 */
export function repealedCitedByNote(
  cited: number[],
  repealed: Map<number, RepealedProvision>,
): number[] {
  const set = new Set(cited)
  return [...set]
    .filter((id) => {
      const provision = repealed.get(id)
      return provision && !provision.successors.some((successor) => set.has(successor.id))
    })
    .sort((a, b) => a - b)
}

/**
 * A listing's legal bases after a move from `from` to `to`: `to` takes `from`'s place (the order
 * is the listing's own), and is not added twice when the listing already cites it.
 */
export function movedCitations(cited: number[], from: number, to: number): number[] {
  const out: number[] = []
  for (const id of cited) {
    const next = id === from ? to : id
    if (!out.includes(next)) out.push(next)
  }
  return out
}
