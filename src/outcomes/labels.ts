import type { Locale } from '@/i18n'

/** The portal's words for outcomes and follow-up, per language (content names stay Danish). */
const words = {
  da: {
    heading: 'Sådan følges op',
    intro:
      'Det arbejder tilbuddet hen imod, og sådan følger det op på barnets eller den unges udvikling. Sådan ved du som sagsbehandler, hvad du får og hvornår.',
    method: 'Metode eller redskab',
    frequency: 'Hvor ofte',
    receives: 'Det får sagsbehandleren',
    when: 'Hvornår',
    findOthers: (name: string) =>
      `Find andre tilbud, der følger op på ${name.toLocaleLowerCase('da')}`,
  },
  en: {
    heading: 'How progress is followed up',
    intro:
      'What the listing works towards, and how it follows up on the child’s or young person’s progress: what you as a caseworker receive, and when.',
    method: 'Method or tool',
    frequency: 'How often',
    receives: 'What the caseworker receives',
    when: 'When',
    findOthers: (name: string) => `Find other listings that follow up on ${name}`,
  },
  nb: {
    heading: 'Slik følges det opp',
    intro:
      'Dette arbeider tilbudet mot, og slik følger det opp barnets eller den unges utvikling: hva du som saksbehandler får, og når.',
    method: 'Metode eller verktøy',
    frequency: 'Hvor ofte',
    receives: 'Dette får saksbehandleren',
    when: 'Når',
    findOthers: (name: string) =>
      `Finn andre tilbud som følger opp ${name.toLocaleLowerCase('da')}`,
  },
} as const

export type OutcomeWords = (typeof words)['da'] | (typeof words)['en'] | (typeof words)['nb']

export function outcomeWords(locale: Locale): OutcomeWords {
  return (words as Record<string, OutcomeWords>)[locale] ?? words.da
}
