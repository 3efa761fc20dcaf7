/**
 * The scale of cooperation quality (after seed 002): each statement is scored 1–5 by a member
 * municipality once a year, never per child or per named employee.
 */
export const SCORE_MIN = 1
export const SCORE_MAX = 5

export const scoreLabels: Record<number, string> = {
  1: 'I meget lav grad',
  2: 'I lav grad',
  3: 'I nogen grad',
  4: 'I høj grad',
  5: 'I meget høj grad',
}

/** The suggested themes (002: forankring, læring på tværs, koordinering, møder med borgerne). */
export const suggestedThemes = [
  'Forankring',
  'Læring på tværs',
  'Koordinering',
  'Møder med borgerne',
] as const

export const FIRST_YEAR = 2015
export const LAST_YEAR = 2100

/** An indicator's stable key inside its set: lower-case letters, digits and dashes. */
export const indicatorKeyPattern = /^[a-z0-9][a-z0-9-]{0,63}$/

export const ANSWER_EXISTS_MESSAGE =
  'Kommunen har allerede svaret på dette indikatorsæt for det år. Ret den eksisterende besvarelse i stedet.'
export const UNKNOWN_INDICATOR_MESSAGE = (key: string) =>
  `Indikatoren "${key}" findes ikke i indikatorsættet.`
export const DUPLICATE_INDICATOR_MESSAGE = (key: string) =>
  `Indikatoren "${key}" er besvaret mere end én gang.`
