/** How a listing's current verification came about. */
export const verificationMethods = ['owner', 'consultant', 'review', 'imported'] as const
export type VerificationMethod = (typeof verificationMethods)[number]

export const verificationMethodLabels: Record<VerificationMethod, { da: string; en: string }> = {
  owner: { da: 'Bekræftet af udbyderen', en: 'Confirmed by the provider' },
  consultant: { da: 'Kontrolleret af sekretariatet', en: 'Checked by the secretariat' },
  review: { da: 'Ændring godkendt af sekretariatet', en: 'Change approved by the secretariat' },
  imported: { da: 'Importeret', en: 'Imported' },
}
