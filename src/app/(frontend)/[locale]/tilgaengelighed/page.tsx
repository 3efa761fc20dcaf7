import type { Metadata } from 'next'
import type React from 'react'

import { alternates } from '@/domain/urls'
import { type Locale, routeLocale } from '@/i18n'

/**
 * The accessibility statement (tilgængelighedserklæring; `/was` redirects here). Its text is the
 * secretariat's own statement, in each language; it describes what the portal actually does.
 */
const statement: Record<Locale, { title: string; body: React.ReactNode }> = {
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
  nb: {
    title: 'Tilgjengelighetserklæring',
    body: (
      <>
        <p className="lead">
          Utviklingssekretariatet for nettverkets kommuner ønsker at alle skal kunne bruke
          kunnskapsportalen, også med skjermleser, forstørrelse, bare tastatur eller på en liten
          skjerm.
        </p>
        <h2>Hvilke krav følger portalen?</h2>
        <p>
          Portalen er omfattet av den danske loven om tilgjengelighet til offentlige organers
          nettsteder og mobilapplikasjoner og skal oppfylle EN 301 549 og dermed WCAG 2.1 nivå AA.
        </p>
        <h2>Hvor tilgjengelig er portalen?</h2>
        <p>Vi vurderer at portalen i det vesentlige oppfyller WCAG 2.1 nivå AA:</p>
        <ul>
          <li>Alle sider kan brukes med bare tastatur, og fokus er alltid tydelig markert.</li>
          <li>En lenke øverst på hver side hopper rett til innholdet.</li>
          <li>Sider, filtre og skjemaer har overskrifter, etiketter og språkangivelse.</li>
          <li>Søket virker også uten JavaScript.</li>
          <li>Sidene kan brukes fra 320 piksler i bredden og kan forstørres til 400 %.</li>
          <li>Tekst og knapper har en kontrast på minst 4,5:1.</li>
        </ul>
        <p>
          Hver versjon av portalen testes automatisk med axe-core i en nettleser på alle sidemaler,
          og søket testes med bare tastatur.
        </p>
        <h2>Kjente begrensninger</h2>
        <ul>
          <li>
            Innholdet (tilbud, notater og beskrivelser) skrives av kommuner og organisasjoner og
            finnes bare på dansk, også i den norske utgaven av portalen.
          </li>
          <li>
            Redigeringsdelen (/admin) er standardgrensesnittet i Payload CMS og er ikke gjennomgått
            på samme måte som portalen.
          </li>
        </ul>
        <h2>Tilbakemelding og kontakt</h2>
        <p>
          Opplever du problemer med tilgjengeligheten, kan du skrive til utviklingssekretariatet, så
          retter vi dem. Du kan også klage til Digitaliseringsstyrelsen, som fører tilsyn med
          tilgjengeligheten til offentlige nettsteder i Danmark.
        </p>
      </>
    ),
  },
}

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { title: statement[locale].title, alternates: alternates('/tilgaengelighed', locale) }
}

export default async function AccessibilityStatementPage({ params }: Props) {
  const locale = await routeLocale(params)
  return (
    <div className="prose">
      <h1>{statement[locale].title}</h1>
      {statement[locale].body}
    </div>
  )
}
