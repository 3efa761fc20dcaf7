/**
 * A published listing must give a reader a way to reach the provider: at least one public contact
 * with a phone number or an e-mail address on the listing itself, or else the provider's own phone
 * or e-mail. A contact marked internal does not count (only professionals see it), nor does a
 * contact with only a name.
 */
export type ContactLike = {
  email?: string | null
  phone?: string | null
  internal?: boolean | null
}

export type ProviderLike = { email?: string | null; phone?: string | null } | null | undefined

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** Whether a contact gives a reader something to call or write to. */
export const reachable = (contact: ContactLike | null | undefined): boolean =>
  Boolean(contact) && (filled(contact?.email) || filled(contact?.phone))

/** The listing's own contacts that the public sees and that can be called or written to. */
export const publicContacts = (contacts: readonly ContactLike[] | null | undefined) =>
  (contacts ?? []).filter((contact) => contact?.internal !== true && reachable(contact))

export function hasPublicContact(
  contacts: readonly ContactLike[] | null | undefined,
  provider: ProviderLike,
): boolean {
  return publicContacts(contacts).length > 0 || reachable(provider)
}

export const publicContactMessage =
  'Opslaget kan ikke offentliggøres uden en offentlig kontakt: angiv telefon eller e-mail på en kontakt, der ikke er intern, eller på organisationen.'

export const organizationContactMessage = (titles: string[]) =>
  `Organisationen skal have telefon eller e-mail, så længe ${titles.length === 1 ? 'dette offentliggjorte opslag' : 'disse offentliggjorte opslag'} ikke har en offentlig kontakt selv: ${titles
    .slice(0, 5)
    .map((title) => `»${title}«`)
    .join(', ')}${titles.length > 5 ? ` og ${titles.length - 5} flere` : ''}.`
