export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 200

/** The password rules, each with its Danish words (the page names the one broken by its code). */
export const passwordRulesDa = {
  'password-short': `Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH} tegn.`,
  'password-long': `Adgangskoden må højst være ${MAX_PASSWORD_LENGTH} tegn.`,
  'password-email': 'Adgangskoden må ikke være din e-mailadresse.',
  'password-repeated': 'Adgangskoden må ikke være ét tegn gentaget.',
} as const

export type PasswordRule = keyof typeof passwordRulesDa

/**
 * A password the invitee chooses: long enough to resist guessing (NIST SP 800-63B: length over
 * composition rules), not the e-mail, not one character repeated. The first rule broken, or null.
 */
export function passwordProblem(password: string, email: string): PasswordRule | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'password-short'
  if (password.length > MAX_PASSWORD_LENGTH) return 'password-long'
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'password-email'
  if (/^(.)\1*$/su.test(password)) return 'password-repeated'
  return null
}
