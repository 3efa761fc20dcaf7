import type { Metadata } from 'next'
import Link from 'next/link'
import type React from 'react'

import { alternates, paths } from '@/domain/urls'
import { type Locale, routeLocale } from '@/i18n'

/** The privacy page: what the portal stores and what it does not, in each language. */
const privacy: Record<Locale, { title: string; body: (locale: Locale) => React.ReactNode }> = {
  da: {
    title: 'Privatliv og cookies',
    body: (locale: Locale) => (
      <>
        <p className="lead">
          Videnportalen indeholder ingen oplysninger om enkelte børn eller familier – ingen navne,
          CPR-numre eller sagsoplysninger. Skriv aldrig sådanne oplysninger i portalen.
        </p>
        <h2>Hvad portalen gemmer</h2>
        <ul>
          <li>
            Opslag, organisationer og lovgivningsnoter med kontaktoplysninger på fagpersoner og
            organisationer – ikke på borgere.
          </li>
          <li>
            For brugere med login: navn, stilling, e-mail, rolle og tilknytning til kommune eller
            organisation, og hvem der har ændret hvilket opslag hvornår.
          </li>
          <li>
            En sessionscookie, når du er logget ind. Den er nødvendig for login, udløber senest
            efter to timer og slettes, når du logger ud.
          </li>
          <li>
            Antallet af loginforsøg og søgninger pr. enhed holdes kortvarigt i hukommelsen for at
            beskytte mod misbrug.
          </li>
          <li>
            Når du melder en fejl i et opslag: hvad der er forkert, din beskrivelse og – kun hvis du
            selv skriver den – din e-mailadresse, så vi kan svare dig. Din IP-adresse gemmes ikke.
            E-mailadressen slettes automatisk 30 dage efter, at meldingen er lukket.
          </li>
        </ul>
        <h2>Hvad portalen ikke gemmer</h2>
        <ul>
          <li>Ingen statistik- eller marketingcookies og ingen tredjepartstjenester.</li>
          <li>
            Dine søgninger gemmes ikke sammen med, hvem du er. Huskelisten gemmes kun i din egen
            browser (localStorage) og sendes kun, hvis du selv deler linket.
          </li>
        </ul>
        <h2>Dataansvar</h2>
        <p>
          Udviklingssekretariatet for netværkets kommuner er dataansvarlig for brugeroplysningerne.
          Du kan få indsigt i, rettet eller slettet oplysninger om dig ved at skrive til
          sekretariatet. Læs også{' '}
          <Link href={paths.accessibility(locale)}>tilgængelighedserklæringen</Link>.
        </p>
      </>
    ),
  },
  en: {
    title: 'Privacy and cookies',
    body: (locale: Locale) => (
      <>
        <p className="lead">
          The portal holds no information about individual children or families – no names, CPR
          numbers or case details. Never write such information into the portal.
        </p>
        <h2>What the portal stores</h2>
        <ul>
          <li>
            Listings, organizations and legislation notes, with contact details of professionals and
            organizations – not of citizens.
          </li>
          <li>
            For users with a login: name, job title, e-mail, role and affiliation with a
            municipality or organization, and who changed which listing when.
          </li>
          <li>
            A session cookie while you are logged in. It is needed for the login, expires after at
            most two hours and is deleted when you log out.
          </li>
          <li>
            The number of login attempts and searches per device is kept briefly in memory to
            protect against abuse.
          </li>
          <li>
            When you report an error in a listing: what is wrong, your description and – only if you
            give it – your e-mail address, so that we can answer you. Your IP address is not stored.
            The e-mail address is deleted automatically 30 days after the report is closed.
          </li>
        </ul>
        <h2>What the portal does not store</h2>
        <ul>
          <li>No statistics or marketing cookies and no third-party services.</li>
          <li>
            Your searches are not stored with who you are. The shortlist is kept only in your own
            browser (localStorage) and is only sent if you share the link yourself.
          </li>
        </ul>
        <h2>Data controller</h2>
        <p>
          The development secretariat of the network’s municipalities is the data controller for
          user data. You can ask the secretariat for access to, correction or deletion of data about
          you. See also the <Link href={paths.accessibility(locale)}>accessibility statement</Link>.
        </p>
      </>
    ),
  },
  nb: {
    title: 'Personvern og informasjonskapsler',
    body: (locale: Locale) => (
      <>
        <p className="lead">
          Kunnskapsportalen inneholder ingen opplysninger om enkeltbarn eller familier – ingen navn,
          personnummer (CPR) eller saksopplysninger. Skriv aldri slike opplysninger i portalen.
        </p>
        <h2>Hva portalen lagrer</h2>
        <ul>
          <li>
            Oppføringer, organisasjoner og lovnotater med kontaktopplysninger til fagpersoner og
            organisasjoner – ikke til innbyggere.
          </li>
          <li>
            For brukere med innlogging: navn, stilling, e-post, rolle og tilknytning til kommune
            eller organisasjon, og hvem som har endret hvilken oppføring når.
          </li>
          <li>
            En øktkapsel (informasjonskapsel) når du er logget inn. Den er nødvendig for
            innloggingen, utløper senest etter to timer og slettes når du logger ut.
          </li>
          <li>
            Antallet innloggingsforsøk og søk per enhet holdes kortvarig i minnet for å beskytte mot
            misbruk.
          </li>
          <li>
            Når du melder fra om en feil i en oppføring: hva som er feil, beskrivelsen din og – bare
            hvis du selv oppgir den – e-postadressen din, så vi kan svare deg. IP-adressen din
            lagres ikke. E-postadressen slettes automatisk 30 dager etter at meldingen er lukket.
          </li>
        </ul>
        <h2>Hva portalen ikke lagrer</h2>
        <ul>
          <li>Ingen statistikk- eller markedsføringskapsler og ingen tredjepartstjenester.</li>
          <li>
            Søkene dine lagres ikke sammen med hvem du er. Huskelisten lagres bare i din egen
            nettleser (localStorage) og sendes bare hvis du selv deler lenken.
          </li>
        </ul>
        <h2>Behandlingsansvar</h2>
        <p>
          Utviklingssekretariatet for nettverkets kommuner er behandlingsansvarlig for
          brukeropplysningene. Du kan be sekretariatet om innsyn i, retting eller sletting av
          opplysninger om deg. Les også{' '}
          <Link href={paths.accessibility(locale)}>tilgjengelighetserklæringen</Link>.
        </p>
      </>
    ),
  },
}

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { title: privacy[locale].title, alternates: alternates('/privatliv', locale) }
}

export default async function PrivacyPage({ params }: Props) {
  const locale = await routeLocale(params)
  return (
    <div className="prose">
      <h1>{privacy[locale].title}</h1>
      {privacy[locale].body(locale)}
    </div>
  )
}
