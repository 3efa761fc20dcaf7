import type { ErrorReportCategory } from '@/domain/errorReports'
import type { Locale } from '@/i18n/locales'

/**
 * The texts of the "Meld en fejl" form per language, beside it (as the privacy page keeps its
 * own). The refusals come from the server in Danish, as the issue asks, in every language.
 */
export type ErrorReportTexts = {
  summary: string
  lead: string
  category: string
  categories: Record<ErrorReportCategory, string>
  text: string
  textHint: (max: number) => string
  email: string
  emailHint: string
  honeypot: string
  submit: string
  sent: string
  sentWithAnswer: string
  privacy: string
  privacyLink: string
}

export const errorReportTexts: Record<Locale, ErrorReportTexts> = {
  da: {
    summary: 'Meld en fejl',
    lead: 'Er noget forkert eller forældet her? Skriv det, så får dem, der holder siden ajour, besked.',
    category: 'Hvad er forkert?',
    categories: {
      outdated: 'Oplysningerne er forældede',
      'wrong-contact': 'Forkerte kontaktoplysninger',
      closed: 'Tilbuddet er lukket',
      'wrong-price-capacity': 'Forkert pris eller kapacitet',
      other: 'Andet',
    },
    text: 'Beskriv fejlen',
    textHint: (max) =>
      `Højst ${max.toLocaleString('da-DK')} tegn. Skriv aldrig navne, CPR-numre eller andet om enkelte børn eller familier.`,
    email: 'Din e-mail (valgfri)',
    emailHint: 'Kun hvis du vil have svar, når fejlen er behandlet.',
    honeypot: 'Lad dette felt være tomt',
    submit: 'Send fejlmelding',
    sent: 'Tak. Din fejlmelding er sendt til dem, der holder siden ajour.',
    sentWithAnswer:
      'Tak. Din fejlmelding er sendt til dem, der holder siden ajour, og du får svar på e-mail, når den er behandlet.',
    privacy:
      'Vi gemmer ikke din IP-adresse. En e-mailadresse bruges kun til svaret og slettes 30 dage efter, at meldingen er lukket.',
    privacyLink: 'Læs om privatliv',
  },
  en: {
    summary: 'Report an error',
    lead: 'Is something here wrong or out of date? Tell us, and those who keep this page up to date will be notified.',
    category: 'What is wrong?',
    categories: {
      outdated: 'Out of date',
      'wrong-contact': 'Wrong contact details',
      closed: 'The service has closed',
      'wrong-price-capacity': 'Wrong price or capacity',
      other: 'Other',
    },
    text: 'Describe the error',
    textHint: (max) =>
      `At most ${max.toLocaleString('en-GB')} characters. Never write names, CPR numbers or anything about individual children or families.`,
    email: 'Your e-mail (optional)',
    emailHint: 'Only if you want an answer when the error has been handled.',
    honeypot: 'Leave this field empty',
    submit: 'Send report',
    sent: 'Thank you. Your report has been sent to those who keep this page up to date.',
    sentWithAnswer:
      'Thank you. Your report has been sent, and you will get an answer by e-mail when it has been handled.',
    privacy:
      'We do not store your IP address. An e-mail address is used only for the answer and deleted 30 days after the report is closed.',
    privacyLink: 'About privacy',
  },
  nb: {
    summary: 'Meld fra om en feil',
    lead: 'Er noe her feil eller utdatert? Skriv det, så får de som holder siden oppdatert beskjed.',
    category: 'Hva er feil?',
    categories: {
      outdated: 'Opplysningene er utdaterte',
      'wrong-contact': 'Feil kontaktopplysninger',
      closed: 'Tilbudet er lagt ned',
      'wrong-price-capacity': 'Feil pris eller kapasitet',
      other: 'Annet',
    },
    text: 'Beskriv feilen',
    textHint: (max) =>
      `Høyst ${max.toLocaleString('nb-NO')} tegn. Skriv aldri navn, personnummer eller annet om enkeltbarn eller familier.`,
    email: 'Din e-post (valgfri)',
    emailHint: 'Bare hvis du vil ha svar når feilen er behandlet.',
    honeypot: 'La dette feltet stå tomt',
    submit: 'Send melding',
    sent: 'Takk. Meldingen din er sendt til dem som holder siden oppdatert.',
    sentWithAnswer: 'Takk. Meldingen din er sendt, og du får svar på e-post når den er behandlet.',
    privacy:
      'Vi lagrer ikke IP-adressen din. En e-postadresse brukes bare til svaret og slettes 30 dager etter at meldingen er lukket.',
    privacyLink: 'Les om personvern',
  },
}
