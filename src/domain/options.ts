/**
 * Value lists shared by the collections (select options) and the zod schemas (enums). Values are
 * stable identifiers. The `da`/`en` labels here are the admin's (Payload's own languages; the
 * Norwegian admin falls back to Danish); the portal's labels for readers live in the
 * dictionaries (src/i18n/dictionaries, `options`, keyed by value).
 */
type Labelled<V extends string> = ReadonlyArray<{ value: V; da: string; en: string }>

const values = <V extends string>(list: Labelled<V>) =>
  list.map((item) => item.value) as [V, ...V[]]
export const selectOptions = <V extends string>(list: Labelled<V>) =>
  list.map((item) => ({ value: item.value, label: { da: item.da, en: item.en } }))

export const listingKinds = [
  { value: 'offer', da: 'Tilbud', en: 'Offer' },
  { value: 'mentor', da: 'Mentorordning', en: 'Mentor programme' },
  { value: 'school-option', da: 'Skoletilbud', en: 'School option' },
] as const
export type ListingKind = (typeof listingKinds)[number]['value']
export const listingKindValues = values(listingKinds)

/** Which collection holds each kind of listing. */
export const collectionOfKind = {
  offer: 'offers',
  mentor: 'mentors',
  'school-option': 'school-options',
} as const satisfies Record<ListingKind, string>
export type ListingCollection = (typeof collectionOfKind)[ListingKind]
export const listingCollections = Object.values(collectionOfKind) as ListingCollection[]

export const visibilities = [
  { value: 'public', da: 'Offentlig', en: 'Public' },
  { value: 'internal', da: 'Intern (kun fagpersoner)', en: 'Internal (professionals only)' },
] as const
export const visibilityValues = values(visibilities)

export const publicationStatuses = ['published', 'draft'] as const

export const capacityStatuses = [
  { value: 'open', da: 'Åben for henvisning', en: 'Open' },
  { value: 'waitlist', da: 'Venteliste', en: 'Waiting list' },
  { value: 'full', da: 'Fuldt optaget', en: 'Full' },
] as const
export const capacityStatusValues = values(capacityStatuses)

export const costTypes = [
  { value: 'free', da: 'Gratis', en: 'Free' },
  { value: 'paid', da: 'Betalt (takst)', en: 'Paid (rate)' },
] as const
export const costTypeValues = values(costTypes)

export const rateUnits = [
  { value: 'hour', da: 'pr. time', en: 'per hour' },
  { value: 'day', da: 'pr. døgn', en: 'per day' },
  { value: 'week', da: 'pr. uge', en: 'per week' },
  { value: 'month', da: 'pr. måned', en: 'per month' },
  { value: 'year', da: 'pr. år', en: 'per year' },
  { value: 'course', da: 'pr. forløb', en: 'per course' },
  { value: 'session', da: 'pr. gang', en: 'per session' },
] as const
export const rateUnitValues = values(rateUnits)

export const evidenceLevels = [
  { value: 'evidence-based', da: 'Evidensbaseret', en: 'Evidence-based' },
  { value: 'promising', da: 'Lovende praksis', en: 'Promising practice' },
  { value: 'experience-based', da: 'Erfaringsbaseret', en: 'Experience-based' },
] as const
export const evidenceLevelValues = values(evidenceLevels)

export const languages = [
  { value: 'da', da: 'Dansk', en: 'Danish' },
  { value: 'en', da: 'Engelsk', en: 'English' },
  { value: 'ar', da: 'Arabisk', en: 'Arabic' },
  { value: 'so', da: 'Somali', en: 'Somali' },
  { value: 'tr', da: 'Tyrkisk', en: 'Turkish' },
  { value: 'uk', da: 'Ukrainsk', en: 'Ukrainian' },
  { value: 'fa', da: 'Persisk (farsi/dari)', en: 'Persian (Farsi/Dari)' },
  { value: 'ur', da: 'Urdu', en: 'Urdu' },
  { value: 'pl', da: 'Polsk', en: 'Polish' },
  { value: 'ti', da: 'Tigrinya', en: 'Tigrinya' },
  { value: 'de', da: 'Tysk', en: 'German' },
  { value: 'dts', da: 'Dansk tegnsprog', en: 'Danish Sign Language' },
] as const
export const languageValues = values(languages)

export const offerTypes = [
  { value: 'home-support', da: 'Støtte i hjemmet', en: 'Support at home' },
  { value: 'family-treatment', da: 'Familiebehandling', en: 'Family treatment' },
  { value: 'treatment', da: 'Behandling og terapi', en: 'Treatment and therapy' },
  { value: 'parenting-programme', da: 'Forældreprogram', en: 'Parenting programme' },
  { value: 'group-course', da: 'Gruppeforløb', en: 'Group course' },
  { value: 'respite', da: 'Aflastning', en: 'Respite care' },
  { value: 'contact-person', da: 'Kontaktperson', en: 'Contact person' },
  { value: 'leisure-network', da: 'Fritid og netværk', en: 'Leisure and network' },
  { value: 'counselling', da: 'Rådgivning', en: 'Counselling' },
  { value: 'ngo-activity', da: 'Frivillig aktivitet', en: 'NGO activity' },
] as const
export const offerTypeValues = values(offerTypes)

export const mentorTypes = [
  { value: 'volunteer', da: 'Frivillig mentor', en: 'Volunteer mentor' },
  { value: 'professional', da: 'Professionel mentor', en: 'Professional mentor' },
] as const
export const mentorTypeValues = values(mentorTypes)

export const mentorFocuses = [
  { value: 'school', da: 'Skole', en: 'School' },
  { value: 'leisure', da: 'Fritid', en: 'Leisure' },
  { value: 'education-job', da: 'Uddannelse og job', en: 'Education and work' },
] as const
export const mentorFocusValues = values(mentorFocuses)

export const schoolTypes = [
  { value: 'special-school', da: 'Specialskole', en: 'Special school' },
  { value: 'special-class', da: 'Specialklasse', en: 'Special class' },
  { value: 'internal-school', da: 'Intern skole', en: 'Internal school' },
  { value: 'day-treatment', da: 'Dagbehandlingstilbud', en: 'Day-treatment school' },
  {
    value: 'efterskole',
    da: 'Efterskole med specialprofil',
    en: 'Boarding school with special profile',
  },
] as const
export const schoolTypeValues = values(schoolTypes)

export const organizationTypes = [
  { value: 'ngo', da: 'Frivillig organisation (NGO)', en: 'NGO' },
  { value: 'municipal', da: 'Kommunal enhed', en: 'Municipal unit' },
  { value: 'private', da: 'Privat leverandør', en: 'Private provider' },
  { value: 'regional', da: 'Regionalt tilbud', en: 'Regional provider' },
] as const
export const organizationTypeValues = values(organizationTypes)

export const topicFacets = [
  { value: 'need', da: 'Behov', en: 'Need' },
  { value: 'target-group', da: 'Målgruppe', en: 'Target group' },
] as const
export const topicFacetValues = values(topicFacets)

export const laws = [
  { value: 'barnets-lov', da: 'Barnets Lov', en: "Children's Act" },
  { value: 'serviceloven', da: 'Serviceloven', en: 'Social Services Act' },
  { value: 'folkeskoleloven', da: 'Folkeskoleloven', en: 'Folkeskole Act' },
  { value: 'dagtilbudsloven', da: 'Dagtilbudsloven', en: 'Day Care Act' },
  { value: 'sundhedsloven', da: 'Sundhedsloven', en: 'Health Act' },
  {
    value: 'kui-loven',
    da: 'Lov om kommunal indsats for unge under 25 år',
    en: 'Act on municipal youth efforts',
  },
  {
    value: 'fgu-loven',
    da: 'Lov om forberedende grunduddannelse',
    en: 'Preparatory Basic Education Act',
  },
  {
    value: 'stu-loven',
    da: 'Lov om ungdomsuddannelse for unge med særlige behov (STU)',
    en: 'STU Act',
  },
  { value: 'retssikkerhedsloven', da: 'Retssikkerhedsloven', en: 'Legal Rights Act' },
  { value: 'friskoleloven', da: 'Friskoleloven', en: 'Independent Schools Act' },
  {
    value: 'efterskoleloven',
    da: 'Lov om efterskoler og frie fagskoler',
    en: 'Boarding Schools Act',
  },
] as const
export const lawValues = values(laws)
export const lawLabel = (value: string) => laws.find((law) => law.value === value)?.da ?? value
