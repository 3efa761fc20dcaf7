import type { Locale } from '@/i18n/locales'

import { methodTypes, type MethodType } from './options'

/** The portal's texts about the methods library (/metoder), per language, beside the feature. */
export const methodLabels = {
  da: {
    indexTitle: 'Metoder og skabeloner',
    indexLead:
      'Netværkets fælles metoder, skabeloner og arbejdsgange – fx sagsaudit, fælles arbejdsgange for underretninger og samtaleguides. Søg også i teksten i de vedhæftede filer.',
    search: 'Søg i metoder og filer',
    type: 'Type',
    topic: 'Emne',
    all: 'Alle',
    apply: 'Vis',
    clear: 'Nulstil',
    filters: 'Filtrér metoder',
    count: (n: number) => (n === 1 ? '1 metode eller skabelon' : `${n} metoder og skabeloner`),
    none: 'Ingen metoder eller skabeloner passer på det valgte.',
    invalid: 'Et af filtrene kunne ikke læses og er ikke brugt.',
    whenToUse: 'Hvornår bruges den',
    evidence: 'Evidensniveau',
    owner: 'Ejer',
    version: 'Version',
    versionDate: 'Versionsdato',
    files: 'Filer',
    noFiles: 'Metoden har ingen vedhæftede filer.',
    topics: 'Emner',
    download: 'Hent',
    allMethods: 'Metoder og skabeloner',
    fileSize: (kb: number) => `${kb.toLocaleString('da-DK')} kB`,
    noChild:
      'Materialet her handler om arbejdsgange og metoder – aldrig om et enkelt barn. Skriv ikke personoplysninger i skabelonerne, før de er gemt i kommunens eget system.',
  },
  en: {
    indexTitle: 'Methods and templates',
    indexLead:
      "The network's shared methods, templates and procedures – e.g. case audit, a shared procedure for notifications and conversation guides. The search also covers the attached files' text.",
    search: 'Search methods and files',
    type: 'Type',
    topic: 'Topic',
    all: 'All',
    apply: 'Show',
    clear: 'Reset',
    filters: 'Filter methods',
    count: (n: number) => (n === 1 ? '1 method or template' : `${n} methods and templates`),
    none: 'No methods or templates match your choice.',
    invalid: 'One of the filters could not be read and was not used.',
    whenToUse: 'When to use it',
    evidence: 'Evidence level',
    owner: 'Owner',
    version: 'Version',
    versionDate: 'Version date',
    files: 'Files',
    noFiles: 'The method has no attached files.',
    topics: 'Topics',
    download: 'Download',
    allMethods: 'Methods and templates',
    fileSize: (kb: number) => `${kb.toLocaleString('en-GB')} kB`,
    noChild:
      'This material is about procedures and methods – never about an individual child. Do not write personal data into the templates until they are saved in your own case system.',
  },
  nb: {
    indexTitle: 'Metoder og maler',
    indexLead:
      'Nettverkets felles metoder, maler og arbeidsganger – f.eks. saksrevisjon, felles arbeidsgang for bekymringsmeldinger og samtaleguider. Søket dekker også teksten i vedleggene.',
    search: 'Søk i metoder og filer',
    type: 'Type',
    topic: 'Emne',
    all: 'Alle',
    apply: 'Vis',
    clear: 'Nullstill',
    filters: 'Filtrer metoder',
    count: (n: number) => (n === 1 ? '1 metode eller mal' : `${n} metoder og maler`),
    none: 'Ingen metoder eller maler passer med valget.',
    invalid: 'Et av filtrene kunne ikke leses og er ikke brukt.',
    whenToUse: 'Når brukes den',
    evidence: 'Evidensnivå',
    owner: 'Eier',
    version: 'Versjon',
    versionDate: 'Versjonsdato',
    files: 'Filer',
    noFiles: 'Metoden har ingen vedlegg.',
    topics: 'Emner',
    download: 'Last ned',
    allMethods: 'Metoder og maler',
    fileSize: (kb: number) => `${kb.toLocaleString('nb-NO')} kB`,
    noChild:
      'Materialet her handler om arbeidsganger og metoder – aldri om et enkelt barn. Skriv ikke personopplysninger i malene før de er lagret i kommunens eget system.',
  },
} satisfies Record<Locale, unknown>

/** A method type's label in a language (Danish for languages without their own). */
export function methodTypeLabel(type: MethodType | string | null | undefined, locale: Locale) {
  const entry = methodTypes.find((item) => item.value === type)
  if (!entry) return ''
  return locale === 'en' ? entry.en : locale === 'nb' ? entry.nb : entry.da
}
