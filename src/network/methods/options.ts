/** What kind of shared material a method is (the library's own facet and the card's label). */
export const methodTypes = [
  { value: 'method', da: 'Metode', en: 'Method', nb: 'Metode' },
  { value: 'template', da: 'Skabelon', en: 'Template', nb: 'Mal' },
  {
    value: 'procedure',
    da: 'Fælles arbejdsgang',
    en: 'Shared procedure',
    nb: 'Felles arbeidsgang',
  },
] as const
export type MethodType = (typeof methodTypes)[number]['value']
export const methodTypeValues = methodTypes.map((type) => type.value) as [
  MethodType,
  ...MethodType[],
]

/** The document types a method's files may have: PDF and Word (.docx), nothing else. */
export const methodFileMimes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const

export const METHOD_FILE_MESSAGE =
  'En metode kan kun have PDF- og Word-filer (.docx) tilknyttet – ikke billeder eller andre filtyper.'
