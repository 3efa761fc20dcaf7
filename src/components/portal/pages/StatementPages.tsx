import type { Metadata } from 'next'
import Link from 'next/link'

import { paths, type Locale } from '@/domain/urls'

/**
 * The accessibility statement (tilgængelighedserklæring) and the privacy page. Their text is the
 * secretariat's own statement, in Danish and English; it describes what the portal actually does.
 */
const accessibility = {
  da: {
    title: 'Tilgængelighedserklæring',
    body: (
      <>
        <p className="lead">
          Udviklingssekretariatet for netværkets kommuner ønsker, at alle kan bruge videnportalen,
          også med skærmlæser, forstørrelse, tastatur alene eller på en lille skærm.
        </p>
        <h2>Hvilke krav følger portalen?</h2>
        <p>
          Portalen er omfattet af lov om tilgængelighed af offentlige organers websteder og
          mobilapplikationer og skal leve op til EN 301 549 og dermed WCAG 2.1 niveau AA.
        </p>
        <h2>Hvor tilgængelig er portalen?</h2>
        <p>Vi vurderer, at portalen i det væsentlige lever op til WCAG 2.1 niveau AA:</p>
        <ul>
          <li>Alle sider kan bruges med tastatur alene, og fokus er altid tydeligt markeret.</li>
          <li>Et link øverst på hver side springer direkte til indholdet.</li>
          <li>Sider, filtre og formularer har overskrifter, etiketter og sprogangivelse.</li>
          <li>Søgningen virker også uden JavaScript.</li>
          <li>Siderne kan bruges fra 320 pixel i bredden og kan forstørres til 400 %.</li>
          <li>Tekst og knapper har en kontrast på mindst 4,5:1.</li>
        </ul>
        <p>
          Hver version af portalen testes automatisk med axe-core i en browser på alle
          sideskabeloner, og søgningen testes med tastatur alene.
        </p>
        <h2>Kendte begrænsninger</h2>
        <ul>
          <li>
            Indholdet (tilbud, noter og beskrivelser) skrives af kommuner og organisationer og
            findes kun på dansk, også i den engelske udgave af portalen.
          </li>
          <li>
            Redigeringsdelen (/admin) er Payload CMS’ standardbrugerflade og er ikke gennemgået på
            samme måde som portalen.
          </li>
        </ul>
        <h2>Feedback og kontakt</h2>
        <p>
          Oplever du problemer med tilgængeligheden, så skriv til udviklingssekretariatet, så retter
          vi dem. Du kan også klage til Digitaliseringsstyrelsen, som fører tilsyn med
          tilgængeligheden af offentlige websteder.
        </p>
      </>
    ),
  },
  en: {
    title: 'Accessibility statement',
    body: (
      <>
        <p className="lead">
          The development secretariat of the network’s municipalities wants everyone to be able to
          use the portal, also with a screen reader, magnification, a keyboard alone or on a small
          screen.
        </p>
        <h2>Which requirements apply?</h2>
        <p>
          The portal is covered by the Danish act on the accessibility of public sector websites and
          must meet EN 301 549 and thereby WCAG 2.1 level AA.
        </p>
        <h2>How accessible is the portal?</h2>
        <p>We consider the portal to be largely compliant with WCAG 2.1 level AA:</p>
        <ul>
          <li>Every page can be used with a keyboard alone, and focus is always visible.</li>
          <li>A link at the top of each page skips straight to the content.</li>
          <li>Pages, filters and forms have headings, labels and a declared language.</li>
          <li>The search also works without JavaScript.</li>
          <li>Pages work from 320 pixels wide and can be zoomed to 400%.</li>
          <li>Text and buttons have a contrast of at least 4.5:1.</li>
        </ul>
        <p>
          Every version of the portal is tested automatically with axe-core in a browser on all page
          templates, and the search is tested by keyboard alone.
        </p>
        <h2>Known limitations</h2>
        <ul>
          <li>
            The content (offers, notes and descriptions) is written by municipalities and
            organizations and is in Danish only, also in the English version of the portal.
          </li>
          <li>
            The editing interface (/admin) is Payload CMS’s standard interface and has not been
            reviewed in the same way as the portal.
          </li>
        </ul>
        <h2>Feedback and contact</h2>
        <p>
          If you meet an accessibility problem, write to the development secretariat and we will fix
          it. You can also complain to the Danish Agency for Digital Government, which supervises
          the accessibility of public websites.
        </p>
      </>
    ),
  },
}

const privacy = {
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
}

export const accessibilityMetadata = (locale: Locale): Metadata => ({
  title: accessibility[locale].title,
})
export const privacyMetadata = (locale: Locale): Metadata => ({ title: privacy[locale].title })

export function AccessibilityPage({ locale }: { locale: Locale }) {
  return (
    <div className="prose">
      <h1>{accessibility[locale].title}</h1>
      {accessibility[locale].body}
    </div>
  )
}

export function PrivacyPage({ locale }: { locale: Locale }) {
  return (
    <div className="prose">
      <h1>{privacy[locale].title}</h1>
      {privacy[locale].body(locale)}
    </div>
  )
}
