import type { Locale } from '@/i18n/locales'

import type { VerificationMethod } from './verification'

/** The portal's texts about verification, per language (server components pass them on). */
export const freshnessLabels = {
  da: {
    owner: 'Bekræftet af udbyderen',
    consultant: 'Kontrolleret af sekretariatet',
    review: 'Ændring godkendt af sekretariatet',
    imported: 'importeret',
    notVerified: 'Ikke kontrolleret endnu',
    unverifiedSince: 'Ikke bekræftet siden',
    unverified: 'Ikke bekræftet',
    overdueHint:
      'Oplysningerne er ikke blevet bekræftet inden for den fastsatte frist. Kontakt udbyderen, før du henviser.',
    confirm: 'Opslaget er stadig korrekt',
    confirmHint:
      'Bekræft, at alle oplysninger i opslaget stadig passer. Er noget ændret, så ret opslaget i stedet.',
    confirmed: 'Tak – opslaget er bekræftet.',
    nextReview: 'Næste gennemgang',
  },
  en: {
    owner: 'Confirmed by the provider',
    consultant: 'Checked by the secretariat',
    review: 'Change approved by the secretariat',
    imported: 'imported',
    notVerified: 'Not verified yet',
    unverifiedSince: 'Not confirmed since',
    unverified: 'Not confirmed',
    overdueHint:
      'This information has not been confirmed within the set period. Contact the provider before referring.',
    confirm: 'The listing is still correct',
    confirmHint:
      'Confirm that everything in the listing is still right. If something has changed, edit the listing instead.',
    confirmed: 'Thank you – the listing is confirmed.',
    nextReview: 'Next review',
  },
  nb: {
    owner: 'Bekreftet av tilbyderen',
    consultant: 'Kontrollert av sekretariatet',
    review: 'Endring godkjent av sekretariatet',
    imported: 'importert',
    notVerified: 'Ikke kontrollert ennå',
    unverifiedSince: 'Ikke bekreftet siden',
    unverified: 'Ikke bekreftet',
    overdueHint:
      'Opplysningene er ikke bekreftet innen fristen. Kontakt tilbyderen før du henviser.',
    confirm: 'Oppføringen er fortsatt korrekt',
    confirmHint:
      'Bekreft at alt i oppføringen fortsatt stemmer. Er noe endret, rett oppføringen i stedet.',
    confirmed: 'Takk – oppføringen er bekreftet.',
    nextReview: 'Neste gjennomgang',
  },
} as const satisfies Record<Locale, Record<string, string>>

export type FreshnessLabels = (typeof freshnessLabels)[Locale]

type Verified = {
  lastVerifiedAt?: string | null
  lastVerifiedHow?: string | null
  nextReviewAt?: string | null
}

/** Whether a listing's review date has passed at `now`. */
export const isOverdue = (listing: Pick<Verified, 'nextReviewAt'>, now: Date = new Date()) =>
  Boolean(listing.nextReviewAt) && Date.parse(listing.nextReviewAt!) < now.getTime()

/**
 * How the page states a listing's verification, e.g. »Bekræftet af udbyderen 2. november 2026«,
 * »Kontrolleret af sekretariatet …«, »2. april 2026 (importeret)«, or that it never was.
 * `date` formats a date in the reader's language.
 */
export function verificationText(
  listing: Verified,
  labels: FreshnessLabels,
  date: (value: string) => string,
): string {
  if (!listing.lastVerifiedAt) return labels.notVerified
  const when = date(listing.lastVerifiedAt)
  const how = listing.lastVerifiedHow as VerificationMethod | null | undefined
  if (how === 'imported' || !how) return `${when} (${labels.imported})`
  return `${labels[how]} ${when}`
}

/** »Ikke bekræftet siden 2. april 2026« (or »Ikke bekræftet«) for an overdue listing, else null. */
export function unverifiedText(
  listing: Verified,
  labels: FreshnessLabels,
  date: (value: string) => string,
  now: Date = new Date(),
): string | null {
  if (!isOverdue(listing, now)) return null
  return listing.lastVerifiedAt
    ? `${labels.unverifiedSince} ${date(listing.lastVerifiedAt)}`
    : labels.unverified
}

/** The verification a search hit shows, from its search document (times in milliseconds). */
export function hitReview(document: {
  collection: string
  lastVerifiedAt?: number | null
  nextReviewAt?: number | null
}): { overdue: boolean; lastVerifiedAt: string | null } | null {
  if (document.collection === 'legislation-notes') return null
  const iso = (value: number | null | undefined) =>
    value == null ? null : new Date(value).toISOString()
  return {
    overdue: isOverdue({ nextReviewAt: iso(document.nextReviewAt) }),
    lastVerifiedAt: iso(document.lastVerifiedAt),
  }
}
