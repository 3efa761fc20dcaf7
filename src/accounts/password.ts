import { z } from 'zod'

export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 200

/**
 * A password the invitee chooses: long enough to resist guessing (NIST SP 800-63B: length over
 * composition rules), not the e-mail, not one character repeated. Danish messages for the page.
 */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH} tegn.`
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `Adgangskoden må højst være ${MAX_PASSWORD_LENGTH} tegn.`
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return 'Adgangskoden må ikke være din e-mailadresse.'
  }
  if (/^(.)\1*$/su.test(password)) return 'Adgangskoden må ikke være ét tegn gentaget.'
  return null
}

export const acceptInputSchema = z.object({
  token: z.string().min(1).max(1000),
  password: z.string().max(1000),
  passwordAgain: z.string().max(1000).optional(),
})
