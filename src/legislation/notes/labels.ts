import type { ListingKind } from '@/domain/options'
import type { Locale } from '@/i18n/locales'

/**
 * The portal's texts about legislation notes on listings and the notes index (/lovgivning), per
 * language. Kept beside the feature (as src/freshness/display.ts does) rather than in the shared
 * dictionaries.
 */
export const noteLabels = {
  da: {
    affectsThis: {
      offer: 'Ny lovgivning berører dette tilbud',
      mentor: 'Ny lovgivning berører denne mentorordning',
      'school-option': 'Ny lovgivning berører dette skoletilbud',
    } satisfies Record<ListingKind, string>,
    appliesFrom: 'gælder fra',
    marker: 'Ny lovgivning',
    upcoming: 'Træder i kraft',
    inForce: 'I kraft',
    readNote: 'Læs noten',
    confirm: 'Opslaget er gennemgået i forhold til noten',
    confirmHint:
      'Bekræft, at opslaget passer med de nye regler. Ret opslaget først, hvis noget skal ændres. Derefter forsvinder meddelelsen for alle læsere.',
    confirmed: 'Tak – opslaget er bekræftet i forhold til noten.',
    // /lovgivning
    indexTitle: 'Lovgivning',
    indexLead:
      'Udviklingskonsulenternes noter om ny lovgivning og praksis på området, nyeste ikrafttræden først.',
    feed: 'Følg noterne som nyhedsfeed (Atom)',
    search: 'Søg i noterne',
    topic: 'Emne',
    law: 'Lov',
    year: 'År for ikrafttræden',
    state: 'Status',
    all: 'Alle',
    stateUpcoming: 'Træder i kraft',
    stateInForce: 'I kraft',
    apply: 'Vis noter',
    clear: 'Nulstil filtre',
    count: (n: number) => (n === 1 ? '1 note' : `${n.toLocaleString('da-DK')} noter`),
    none: 'Ingen noter passer til dine filtre.',
    affectsCount: (n: number) => (n === 1 ? 'Vedrører 1 opslag' : `Vedrører ${n} opslag`),
    previous: 'Forrige side',
    next: 'Næste side',
    pageOf: (page: number, pages: number) => `Side ${page} af ${pages}`,
    invalid: 'Filtrene i adressen kunne ikke læses, så alle noter vises.',
    filters: 'Filtrér noterne',
  },
  en: {
    affectsThis: {
      offer: 'New legislation affects this offer',
      mentor: 'New legislation affects this mentor programme',
      'school-option': 'New legislation affects this school option',
    } satisfies Record<ListingKind, string>,
    appliesFrom: 'applies from',
    marker: 'New legislation',
    upcoming: 'Comes into force',
    inForce: 'In force',
    readNote: 'Read the note',
    confirm: 'The listing has been reviewed against the note',
    confirmHint:
      'Confirm that the listing fits the new rules. Edit the listing first if anything must change. The notice then disappears for every reader.',
    confirmed: 'Thank you – the listing is confirmed against the note.',
    indexTitle: 'Legislation',
    indexLead:
      "The development consultants' notes on new legislation and practice in the field, latest entry into force first.",
    feed: 'Follow the notes as a news feed (Atom)',
    search: 'Search the notes',
    topic: 'Topic',
    law: 'Act',
    year: 'Year in force',
    state: 'Status',
    all: 'All',
    stateUpcoming: 'Comes into force',
    stateInForce: 'In force',
    apply: 'Show notes',
    clear: 'Clear filters',
    count: (n: number) => (n === 1 ? '1 note' : `${n.toLocaleString('en-GB')} notes`),
    none: 'No notes match your filters.',
    affectsCount: (n: number) => (n === 1 ? 'Concerns 1 listing' : `Concerns ${n} listings`),
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    invalid: 'The filters in the address could not be read, so all notes are shown.',
    filters: 'Filter the notes',
  },
  nb: {
    affectsThis: {
      offer: 'Ny lovgivning berører dette tilbudet',
      mentor: 'Ny lovgivning berører denne mentorordningen',
      'school-option': 'Ny lovgivning berører dette skoletilbudet',
    } satisfies Record<ListingKind, string>,
    appliesFrom: 'gjelder fra',
    marker: 'Ny lovgivning',
    upcoming: 'Trer i kraft',
    inForce: 'I kraft',
    readNote: 'Les notatet',
    confirm: 'Oppføringen er gjennomgått mot notatet',
    confirmHint:
      'Bekreft at oppføringen passer med de nye reglene. Rett oppføringen først hvis noe må endres. Deretter forsvinner meldingen for alle lesere.',
    confirmed: 'Takk – oppføringen er bekreftet mot notatet.',
    indexTitle: 'Lovgivning',
    indexLead:
      'Utviklingskonsulentenes notater om ny lovgivning og praksis på området, nyeste ikrafttredelse først.',
    feed: 'Følg notatene som nyhetsfeed (Atom)',
    search: 'Søk i notatene',
    topic: 'Emne',
    law: 'Lov',
    year: 'År for ikrafttredelse',
    state: 'Status',
    all: 'Alle',
    stateUpcoming: 'Trer i kraft',
    stateInForce: 'I kraft',
    apply: 'Vis notater',
    clear: 'Nullstill filtre',
    count: (n: number) => (n === 1 ? '1 notat' : `${n.toLocaleString('nb-NO')} notater`),
    none: 'Ingen notater passer til filtrene dine.',
    affectsCount: (n: number) => (n === 1 ? 'Gjelder 1 oppføring' : `Gjelder ${n} oppføringer`),
    previous: 'Forrige side',
    next: 'Neste side',
    pageOf: (page: number, pages: number) => `Side ${page} av ${pages}`,
    invalid: 'Filtrene i adressen kunne ikke leses, så alle notater vises.',
    filters: 'Filtrer notatene',
  },
} as const satisfies Record<Locale, Record<string, unknown>>

export type NoteLabels = (typeof noteLabels)[Locale]
