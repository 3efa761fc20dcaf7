import { reachable } from '@/domain/publicContact'

import type { ListingView } from './view'

/** Contacts; internal ones only for professionals, else the provider. */
export function Contacts({ view }: { view: ListingView }) {
  const { listing, t, lang, provider } = view
  const l = t.listing
  const contacts = listing.contacts ?? []
  // The provider's phone and e-mail whenever no contact shown gives one (a name alone is not a way
  // to reach anybody): publishing requires one or the other (src/domain/publicContact.ts).
  const showProvider = !contacts.some(reachable) && provider && reachable(provider)
  return (
    <section aria-labelledby="kontakt" className="listing__section">
      <h2 id="kontakt">{l.contact}</h2>
      {contacts.length === 0 && !showProvider ? <p>{l.noContacts}</p> : null}
      <ul className="contact-list">
        {contacts.map((contact, index) => (
          <li
            key={contact.id ?? index}
            data-internal-contact={contact.internal ? 'true' : undefined}
          >
            {contact.internal ? <span className="badge badge--internal">{l.internal}</span> : null}
            {contact.name ? <strong>{contact.name}</strong> : null}
            {contact.role ? <span lang={lang}>{contact.role}</span> : null}
            {contact.phone ? (
              <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
            ) : null}
            {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
          </li>
        ))}
        {showProvider ? (
          <li>
            <strong lang={lang}>{provider.name}</strong>
            {provider.phone ? (
              <a href={`tel:${provider.phone.replace(/\s+/g, '')}`}>{provider.phone}</a>
            ) : null}
            {provider.email ? <a href={`mailto:${provider.email}`}>{provider.email}</a> : null}
          </li>
        ) : null}
      </ul>
    </section>
  )
}
