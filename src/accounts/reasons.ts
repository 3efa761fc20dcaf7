/** Why an account was closed; one home for the keys and their Danish words. */
export const DEACTIVATION_REASONS = {
  inactive: { da: 'Ikke brugt i længere tid', en: 'Not used for a long time' },
  'sso-removed': {
    da: 'Fjernet i kommunens login (identity provider)',
    en: 'Removed by the identity provider',
  },
  admin: { da: 'Lukket af sekretariatet', en: 'Closed by the secretariat' },
} as const satisfies Record<string, { da: string; en: string }>

export type DeactivationReason = keyof typeof DEACTIVATION_REASONS

export const deactivationReasons = Object.keys(DEACTIVATION_REASONS) as DeactivationReason[]

export const isDeactivationReason = (value: unknown): value is DeactivationReason =>
  typeof value === 'string' && value in DEACTIVATION_REASONS

/** What a refused sign-in says: why, and whom to ask (only after the right password). */
export function deactivatedLoginMessage(
  reason: DeactivationReason | null | undefined,
  language: string | undefined,
): string {
  if (language === 'en') {
    return 'Your account has been closed. Contact the secretariat if you need access again.'
  }
  const why =
    reason === 'inactive'
      ? ', fordi den ikke har været brugt i længere tid'
      : reason === 'sso-removed'
        ? ', fordi din kommunes login oplyser, at du ikke længere har adgang'
        : reason === 'admin'
          ? ' af sekretariatet'
          : ''
  return `Din konto er lukket${why}. Kontakt sekretariatet, hvis du skal bruge den igen.`
}
