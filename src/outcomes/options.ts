/**
 * How progress towards an outcome is followed up: how often it is measured, and when the
 * caseworker hears about it. Stable values; `da`/`en` are the admin's labels, `nb` the Norwegian
 * portal's (the portal reads them through ./labels.ts).
 */
type Labelled<V extends string> = ReadonlyArray<{ value: V; da: string; en: string; nb: string }>

const values = <V extends string>(list: Labelled<V>) =>
  list.map((item) => item.value) as [V, ...V[]]

export const followUpFrequencies = [
  { value: 'each-session', da: 'Ved hver samtale', en: 'At every session', nb: 'Ved hver samtale' },
  { value: 'weekly', da: 'Hver uge', en: 'Every week', nb: 'Hver uke' },
  { value: 'monthly', da: 'Hver måned', en: 'Every month', nb: 'Hver måned' },
  { value: 'quarterly', da: 'Hvert kvartal', en: 'Every quarter', nb: 'Hvert kvartal' },
  { value: 'half-yearly', da: 'Hvert halve år', en: 'Every six months', nb: 'Hvert halvår' },
  {
    value: 'start-and-end',
    da: 'Ved start og afslutning',
    en: 'At the start and at the end',
    nb: 'Ved start og avslutning',
  },
] as const
export const followUpFrequencyValues = values(followUpFrequencies)
export type FollowUpFrequency = (typeof followUpFrequencyValues)[number]

export const caseworkerReportTimes = [
  { value: 'monthly', da: 'Hver måned', en: 'Every month', nb: 'Hver måned' },
  { value: 'quarterly', da: 'Hvert kvartal', en: 'Every quarter', nb: 'Hvert kvartal' },
  {
    value: 'follow-up-meeting',
    da: 'Til opfølgningsmødet',
    en: 'At the follow-up meeting',
    nb: 'Til oppfølgingsmøtet',
  },
  { value: 'half-yearly', da: 'Hvert halve år', en: 'Every six months', nb: 'Hvert halvår' },
  { value: 'at-end', da: 'Ved afslutning', en: 'When the effort ends', nb: 'Ved avslutning' },
  {
    value: 'on-change',
    da: 'Når noget ændrer sig væsentligt',
    en: 'When something changes markedly',
    nb: 'Når noe endrer seg vesentlig',
  },
] as const
export const caseworkerReportTimeValues = values(caseworkerReportTimes)
export type CaseworkerReportTime = (typeof caseworkerReportTimeValues)[number]

export const adminOptions = <V extends string>(list: Labelled<V>) =>
  list.map((item) => ({ value: item.value, label: { da: item.da, en: item.en } }))

/** The reader's label of a value, Danish when the language has none. */
export function followUpLabel<V extends string>(
  list: Labelled<V>,
  value: string | null | undefined,
  locale: string,
): string {
  const item = list.find((one) => one.value === value)
  if (!item) return value ?? ''
  return locale === 'en' ? item.en : locale === 'nb' ? item.nb : item.da
}
