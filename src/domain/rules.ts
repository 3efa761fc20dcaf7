import { z } from 'zod'

/**
 * The domain rules of ../shared/DESIGN.md as zod schemas with Danish messages. The admin (field
 * validators), the API (publish hooks) and the importer all use these, so a rule has one home.
 * Their messages are the editors' language (Danish) and stay here, in one place: the portal never
 * shows them to readers, whose texts live in src/i18n/dictionaries.
 */

export const MIN_AGE = 0
export const MAX_AGE = 30

export const age = z
  .number({ message: 'Alderen skal være et tal.' })
  .int('Alderen skal være et helt antal år.')
  .min(MIN_AGE, `Alderen skal være mellem ${MIN_AGE} og ${MAX_AGE} år.`)
  .max(MAX_AGE, `Alderen skal være mellem ${MIN_AGE} og ${MAX_AGE} år.`)

export const AGE_ORDER_MESSAGE = 'Mindstealderen kan ikke være højere end maksimumalderen.'

/** Modulus 11 with the weights 2, 7, 6, 5, 4, 3, 2, 1 (Erhvervsstyrelsen's CVR check). */
export function isValidCvr(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false
  const weights = [2, 7, 6, 5, 4, 3, 2, 1]
  const sum = weights.reduce((total, weight, index) => total + weight * Number(value[index]), 0)
  return sum % 11 === 0
}

export const cvr = z
  .string()
  .trim()
  .regex(/^\d{8}$/, 'CVR-nummeret skal være 8 cifre uden mellemrum.')
  .refine(isValidCvr, 'CVR-nummeret findes ikke: kontrolcifferet passer ikke.')

/** Danish numbers: eight digits, optionally +45 or 0045 first, spaces allowed in between. */
export function normalizeDanishPhone(value: string): string | undefined {
  const compact = value.replace(/[\s-]/g, '')
  const match = compact.match(/^(?:\+45|0045)?([2-9]\d{7})$/)
  return match?.[1]
}

export const phone = z
  .string()
  .trim()
  .refine(
    (value) => normalizeDanishPhone(value) !== undefined,
    'Telefonnummeret skal være et dansk nummer med 8 cifre, fx 56 67 67 67 eller +45 56 67 67 67.',
  )

export const postalCode = z
  .string()
  .trim()
  .regex(/^\d{4}$/, 'Postnummeret skal være fire cifre, fx 4600.')
  .refine(
    (value) => Number(value) >= 800 && Number(value) <= 9990,
    'Postnummeret findes ikke i Danmark.',
  )

export const email = z
  .string()
  .trim()
  .pipe(z.email('E-mailadressen er ugyldig, fx navn@kommune.dk.'))

export const webUrl = z
  .string()
  .trim()
  .pipe(
    z.url({
      protocol: /^https?$/,
      message: 'Webadressen skal være en fuld adresse, der begynder med https://.',
    }),
  )

/** European Legislation Identifier on Retsinformation, e.g. https://www.retsinformation.dk/eli/lta/2023/721 */
export const eli = z
  .string()
  .trim()
  .regex(
    /^https:\/\/(www\.)?retsinformation\.dk\/eli\/(lta|ltb|ltc|accn|mt|ft|retsinfo)\/\d{4}\/\d+(\/[\w.-]+)*$/,
    'Lovhenvisningen skal være et ELI-link til Retsinformation, fx https://www.retsinformation.dk/eli/lta/2023/721.',
  )

export const rateDkk = z
  .number({ message: 'Taksten skal være et beløb i kroner.' })
  .min(0, 'Taksten kan ikke være negativ.')

/** Calendar date as YYYY-MM-DD (Danish time is irrelevant: these are whole days). */
export const isoDate = z.iso.date('Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2024-01-01.')

// One formatter: `toLocaleDateString` builds one per call (a tenth of a millisecond), and the
// importer checks a date per listing.
const copenhagenDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' })

/** Today's date in Copenhagen, as YYYY-MM-DD. */
export function todayInDenmark(now = new Date()): string {
  return copenhagenDay.format(now)
}

export const capacityAsOf = isoDate.refine(
  (value) => value <= todayInDenmark(),
  'Datoen for kapaciteten kan ikke ligge i fremtiden.',
)

export const EFFECTIVE_DATE_MESSAGE = 'Angiv datoen, hvor reglerne træder i kraft.'
export const effectiveDate = z
  .string({ message: EFFECTIVE_DATE_MESSAGE })
  .min(1, EFFECTIVE_DATE_MESSAGE)
  .pipe(isoDate)

/** Slugs in URLs: lower case letters, digits and hyphens (æøå written as ae, oe, aa). */
export const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Slug må kun have små bogstaver a–z, tal og bindestreger.')

export const externalId = z
  .string()
  .trim()
  .min(1, 'Eksternt id mangler.')
  .max(120, 'Eksternt id er for langt (højst 120 tegn).')
  .regex(/^[\w:.\-/]+$/, 'Eksternt id må kun have bogstaver, tal og : . - / _.')

export const municipalityCode = z
  .string()
  .regex(/^\d{3}$/, 'Kommunekoden skal være tre cifre, fx 259.')

/** Turns "Ærø Kommune" into "aeroe-kommune". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

/** Link schemes a rich-text link may use; anything without a scheme is an internal link. */
export const ALLOWED_LINK_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const

const namedEntities: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  amp: '&',
  lpar: '(',
  rpar: ')',
}

/**
 * A link target as a browser reads its scheme: HTML entities decoded, tabs and newlines removed
 * anywhere (the URL parser drops them), leading and trailing controls and spaces trimmed.
 */
export function normalizeLinkTarget(url: string): string {
  return url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (match, name: string) => namedEntities[name.toLowerCase()] ?? match)
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
}

/** Whether a rich-text link may be stored: https, http, mailto, tel, or internal (no scheme). */
export function isAllowedLinkTarget(url: string): boolean {
  const normalized = normalizeLinkTarget(url)
  // Any control character left inside could hide a scheme from us but not from a browser.
  if (/[\u0000-\u001f\u007f]/.test(normalized)) return false
  const scheme = normalized.match(/^([a-z][a-z0-9+.-]*):/i)?.[1]?.toLowerCase()
  if (!scheme) return true
  return (ALLOWED_LINK_SCHEMES as readonly string[]).includes(scheme)
}

/** The Danish refusal for a link, naming it (shortened, controls shown as spaces). */
export function unsafeLinkMessage(url: string): string {
  const shown = url.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()
  const short = shown.length > 80 ? `${shown.slice(0, 79)}…` : shown
  return `Linket »${short}« er ikke tilladt: brug https:, http:, mailto: eller tel:`
}

/**
 * CPR numbers (personnumre) never belong in the portal: it holds nothing about an individual child.
 * Every free-text field (text, textarea, rich text, inside arrays and groups too, drafts and the
 * importer included) refuses text with a CPR-like number:
 * - six digits that are a plausible date, ddmmyy (day 01–31 that exists in that month; 29 February
 *   in any year, since the century is unknown), then four digits, written together (0101901234),
 *   with a hyphen (010190-1234) or with one space (010190 1234);
 * - standing alone: no digit, and no digit group joined by a hyphen, dot or slash, directly before
 *   or after. So an EAN (13 digits), a longer account number or a date-with-serial inside a larger
 *   code do not count;
 * - what is not one: phone numbers (8 digits, also written 70 20 31 45 or +45 70203145), CVR numbers
 *   (8 digits), postcodes (4), years, ISO dates (2024-01-01) and ELI paths.
 * The modulus-11 check is not required: CPR numbers issued since 2007 need not satisfy it.
 */
const CPR_LIKE =
  /(?<![\d][-./]?)(\d{2})(\d{2})(\d{2})(?:[-\u2010\u2011\u2013 ]?)(\d{4})(?![-./]?\d)/g

const daysIn = (month: number) => [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0

/** The CPR-like numbers in a text, as written there. */
export function cprNumbersIn(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(CPR_LIKE)) {
    const day = Number(match[1])
    const month = Number(match[2])
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month)) found.push(match[0])
  }
  return found
}

export const containsCprNumber = (text: string) => cprNumbersIn(text).length > 0

/** The Danish refusal, naming the field (never repeating the number). */
export function cprMessage(field: string): string {
  return `Feltet ${field} ser ud til at indeholde et CPR-nummer. Portalen må ikke rumme oplysninger om enkelte personer: fjern nummeret.`
}
