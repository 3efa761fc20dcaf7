/**
 * The account lock and what every failed login says about it. The same answer is given to a wrong
 * password, an unknown e-mail and a locked account, so it reveals neither which accounts exist nor
 * which are locked; it does tell a user with the right password why it may still fail and whom to
 * ask. Used by the users collection (Payload's lock), its REST errors (API and admin) and the
 * portal's dictionaries (login form).
 */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_MINUTES = 10

export type LoginMessageLanguage = 'da' | 'en' | 'nb'

export const loginFailedMessages: Record<LoginMessageLanguage, string> = {
  da: `E-mail eller adgangskode er forkert. Efter ${MAX_LOGIN_ATTEMPTS} forkerte forsøg spærres kontoen i ${LOCK_MINUTES} minutter, også for den rigtige adgangskode. Kommer du ikke ind, så kontakt sekretariatet.`,
  en: `E-mail or password is incorrect. After ${MAX_LOGIN_ATTEMPTS} failed attempts the account is locked for ${LOCK_MINUTES} minutes, even for the right password. If you cannot log in, contact the secretariat.`,
  nb: `E-post eller passord er feil. Etter ${MAX_LOGIN_ATTEMPTS} feilede forsøk sperres kontoen i ${LOCK_MINUTES} minutter, også for riktig passord. Kommer du ikke inn, kontakt sekretariatet.`,
}

export const loginFailedMessage = (language: string | undefined): string =>
  loginFailedMessages[(language ?? 'da') as LoginMessageLanguage] ?? loginFailedMessages.da
