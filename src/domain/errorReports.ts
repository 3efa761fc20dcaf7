import { z } from 'zod'

import { cprNumbersIn, email } from './rules'

/**
 * "Meld en fejl": what a reader may send about a listing or an organization, and the life of a
 * report. The rules live here so the portal form, the API endpoint and the tests share them. The
 * messages are Danish (the API's language); the portal form shows the same Danish sentences, as
 * the issue asks (»en klar dansk besked«).
 */

export const errorReportCategories = [
  { value: 'outdated', da: 'Oplysningerne er forældede', en: 'Out of date' },
  { value: 'wrong-contact', da: 'Forkerte kontaktoplysninger', en: 'Wrong contact details' },
  { value: 'closed', da: 'Tilbuddet er lukket', en: 'Closed' },
  {
    value: 'wrong-price-capacity',
    da: 'Forkert pris eller kapacitet',
    en: 'Wrong price or capacity',
  },
  { value: 'other', da: 'Andet', en: 'Other' },
] as const
export type ErrorReportCategory = (typeof errorReportCategories)[number]['value']
export const errorReportCategoryValues = errorReportCategories.map((item) => item.value) as [
  ErrorReportCategory,
  ...ErrorReportCategory[],
]

/** new → in-progress → fixed | rejected. The overview (moderation) reads these values. */
export const errorReportStatuses = [
  { value: 'new', da: 'Ny', en: 'New' },
  { value: 'in-progress', da: 'Under behandling', en: 'Being handled' },
  { value: 'fixed', da: 'Rettet', en: 'Fixed' },
  { value: 'rejected', da: 'Afvist', en: 'Rejected' },
] as const
export type ErrorReportStatus = (typeof errorReportStatuses)[number]['value']
export const openErrorReportStatuses: readonly ErrorReportStatus[] = ['new', 'in-progress']
export const closedErrorReportStatuses: readonly ErrorReportStatus[] = ['fixed', 'rejected']
export const isClosedStatus = (status: unknown): boolean =>
  closedErrorReportStatuses.includes(status as ErrorReportStatus)

/** What a report may be about: a listing of any kind, or an organization. */
export const errorReportTargets = ['offers', 'mentors', 'school-options', 'organizations'] as const
export type ErrorReportTarget = (typeof errorReportTargets)[number]

export const ERROR_REPORT_MAX_CHARS = 2000
/** A form sent sooner than this after it was shown was not filled in by a person. */
export const ERROR_REPORT_MIN_SECONDS = 3
/** A form older than this is stale: the reader reloads the page. */
export const ERROR_REPORT_MAX_FORM_AGE_HOURS = 24
/** Reports open longer than this many Danish working days escalate to the secretariat. */
export const ERROR_REPORT_ESCALATION_WORKING_DAYS = 5
/** A reporter's e-mail address is deleted this many days after the report is closed. */
export const REPORTER_EMAIL_RETENTION_DAYS = 30

export const ERROR_REPORT_MESSAGES = {
  cpr: 'Teksten ser ud til at indeholde et CPR-nummer. Portalen rummer intet om enkelte børn eller familier, så meldingen er ikke gemt: fjern nummeret, og send igen.',
  tooLong: (length: number) =>
    `Beskrivelsen må højst være ${ERROR_REPORT_MAX_CHARS.toLocaleString('da-DK')} tegn; din er ${length.toLocaleString('da-DK')} tegn. Meldingen er ikke gemt.`,
  empty: 'Skriv kort, hvad der er forkert.',
  markup: 'Skriv almindelig tekst uden HTML eller kode (fx <script>). Meldingen er ikke gemt.',
  category: 'Vælg, hvad der er forkert.',
  email:
    'E-mailadressen er ugyldig, fx navn@kommune.dk. Lad feltet stå tomt, hvis du ikke ønsker svar.',
  honeypot: 'Feltet »Lad dette felt være tomt« skal være tomt. Meldingen er ikke gemt.',
  tooFast:
    'Formularen blev sendt for hurtigt efter, at siden blev vist. Vent et øjeblik, og send igen.',
  staleForm: 'Formularen er udløbet eller ufuldstændig. Genindlæs siden, og prøv igen.',
  target: 'Opslaget eller organisationen findes ikke, eller du kan ikke se den.',
  rateLimited: (seconds: number) =>
    `Du har sendt mange fejlmeldinger på kort tid. Prøv igen om ${Math.ceil(seconds / 60)} minutter.`,
  unavailable: 'Meldingen kunne ikke gemmes lige nu. Prøv igen om lidt.',
} as const

/** HTML tags or a script in a plain-text answer: refused rather than stored and escaped later. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|javascript:/i

/** What the reader writes (the target and the anti-spam fields are checked apart). */
export const errorReportInput = z.object({
  category: z.enum(errorReportCategoryValues, { message: ERROR_REPORT_MESSAGES.category }),
  text: z
    .string({ message: ERROR_REPORT_MESSAGES.empty })
    .superRefine((value, ctx) => {
      const trimmed = value.trim()
      if (!trimmed) ctx.addIssue({ code: 'custom', message: ERROR_REPORT_MESSAGES.empty })
      else if ([...value].length > ERROR_REPORT_MAX_CHARS)
        ctx.addIssue({ code: 'custom', message: ERROR_REPORT_MESSAGES.tooLong([...value].length) })
      else if (value.includes('\u0000') || MARKUP.test(value))
        ctx.addIssue({ code: 'custom', message: ERROR_REPORT_MESSAGES.markup })
      else if (cprNumbersIn(value).length)
        ctx.addIssue({ code: 'custom', message: ERROR_REPORT_MESSAGES.cpr })
    })
    .transform((value) => value.trim()),
  reporterEmail: z
    .string({ message: ERROR_REPORT_MESSAGES.email })
    .max(254, ERROR_REPORT_MESSAGES.email)
    .optional()
    .transform((value) => value?.trim().toLowerCase() || undefined)
    .refine((value) => value === undefined || email.safeParse(value).success, {
      message: ERROR_REPORT_MESSAGES.email,
    }),
  targetCollection: z.enum(errorReportTargets, { message: ERROR_REPORT_MESSAGES.target }),
  targetId: z.coerce
    .number({ message: ERROR_REPORT_MESSAGES.target })
    .int(ERROR_REPORT_MESSAGES.target)
    .min(1, ERROR_REPORT_MESSAGES.target)
    .max(2147483647, ERROR_REPORT_MESSAGES.target),
})
export type ErrorReportInput = z.output<typeof errorReportInput>

export type ErrorReportFieldError = { field: string; message: string }

/** Danish field names for the API's answers and the form. */
export const errorReportFieldLabels: Record<string, string> = {
  category: 'Hvad er forkert',
  text: 'Beskrivelse',
  reporterEmail: 'Din e-mail',
  targetCollection: 'Opslag',
  targetId: 'Opslag',
}

/** The zod issues as one message per field (the first), in the form's order. */
export function fieldErrors(error: z.ZodError): ErrorReportFieldError[] {
  const seen = new Set<string>()
  const errors: ErrorReportFieldError[] = []
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    if (seen.has(field)) continue
    seen.add(field)
    errors.push({ field, message: issue.message })
  }
  return errors
}
