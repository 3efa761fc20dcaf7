import Link from 'next/link'

import { PrintButton } from '@/components/portal/PrintButton.client'
import { paths } from '@/domain/urls'
import { formatDate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { networkPaths } from '@/network/paths'
import type { Cooperation, CooperationSide } from '@/payload-types'

import {
  hasTheoryOfChange,
  sharingModelLayout,
  theoryOfChangeLayout,
  theoryOfChangeParts,
} from '../diagrams'
import {
  cooperationPhases,
  cooperationTools,
  implementationStatuses,
  reflectionQuestions,
  sharingLevels,
} from '../options'
import { cooperationPaths } from '../paths'
import { flagOverdue, revisitDue } from '../plan'
import { DiagramSvg } from './Diagram'

type Names = {
  organization?: { name: string; slug?: string | null }
  municipalities: Array<{ name: string; code: string }>
  network?: { name: string; slug?: string | null }
}

const toolName = (tool: string) => cooperationTools.find((t) => t.value === tool)?.da ?? tool
const statusName = (status?: string | null) =>
  implementationStatuses.find((s) => s.value === status)?.da ?? ''
const levelName = (level?: string | null) => sharingLevels.find((l) => l.value === level)?.da ?? ''

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  if (children === null || children === undefined || children === '') return null
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** A wide table or diagram that scrolls sideways on a narrow screen, reachable by keyboard. */
function Scroll({
  label,
  diagram,
  children,
}: {
  label: string
  diagram?: boolean
  children: React.ReactNode
}) {
  return (
    <div
      className={diagram ? 'cooperation__scroll cooperation__diagram' : 'cooperation__scroll'}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </div>
  )
}

function Paragraphs({ text }: { text?: string | null }) {
  if (!text) return null
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </>
  )
}

/**
 * A cooperation as one document (issue 19): the agreement with both parties' sides, the theory of
 * change as a diagram and as text, the documentation strategy, the sharing model as a table and a
 * diagram, the implementation plan with overdue items flagged on the given clock, the reflection
 * days and the checklist of the catalogue's reflection questions. Tools the reader may not read are
 * absent from the document Payload returns, and so from the page. Prints as a clean A4 document.
 */
export function CooperationView({
  cooperation,
  side,
  names,
  locale,
  now,
}: {
  cooperation: Cooperation
  side: CooperationSide | null
  names: Names
  locale: Locale
  now: Date
}) {
  const c = cooperation
  const a = c.agreement
  const toc = c.theoryOfChange
  const plan = c.implementationPlan ? flagOverdue(c.implementationPlan.items, now) : []
  const overdue = plan.filter((item) => item.overdue).length
  const sharingRows = c.sharingModel?.rows ?? []
  const present = cooperationTools.filter(
    (tool) => c[tool.value] !== undefined && c[tool.value] !== null,
  )
  const period = a?.periodFrom
    ? a.periodTo
      ? `${formatDate(a.periodFrom, locale)} – ${formatDate(a.periodTo, locale)}`
      : `Fra ${formatDate(a.periodFrom, locale)}`
    : ''
  const partyNames = [names.organization?.name, ...names.municipalities.map((m) => m.name)]
    .filter(Boolean)
    .join(', ')
  return (
    <article className="cooperation" lang="da">
      <h1>{c.title}</h1>
      <dl className="facts">
        <Fact term="Organisation">
          {names.organization ? (
            names.organization.slug ? (
              <Link href={paths.organization(names.organization.slug, locale)}>
                {names.organization.name}
              </Link>
            ) : (
              names.organization.name
            )
          ) : null}
        </Fact>
        <Fact term={names.municipalities.length > 1 ? 'Kommuner' : 'Kommune'}>
          {names.municipalities.map((m) => m.name).join(', ')}
        </Fact>
        <Fact term="Netværk">
          {names.network?.slug ? (
            <Link href={networkPaths.page(locale, names.network.slug)}>{names.network.name}</Link>
          ) : null}
        </Fact>
        <Fact term="Synlighed">
          {c.visibility === 'public'
            ? `Offentlig (offentlige værktøjer: ${(c.publicTools ?? []).map(toolName).join(', ') || 'ingen'})`
            : 'Intern – kun parterne og netværkets fagpersoner'}
        </Fact>
      </dl>
      <p className="actions no-print">
        <PrintButton label="Udskriv samarbejdet" />{' '}
        <a
          className="button button--secondary"
          href={`${cooperationPaths.cooperation(String(c.slug), locale)}/eksport.json`}
        >
          Hent som JSON (udvekslingsformatet)
        </a>
      </p>
      <p className="hint">
        Værktøjerne beskriver samarbejdet og indsatsen – aldrig et enkelt barns forhold.
      </p>
      {present.length > 1 ? (
        <nav aria-label="Værktøjer" className="cooperation__toc no-print">
          <ul>
            {present.map((tool) => (
              <li key={tool.value}>
                <a href={`#${tool.value}`}>{tool.da}</a>
              </li>
            ))}
            {c.reflectionChecklist ? (
              <li>
                <a href="#refleksionsspoergsmaal">Refleksionsspørgsmål</a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}

      {a ? (
        <section aria-labelledby="agreement" className="cooperation__tool">
          <h2 id="agreement">Samarbejdsaftale</h2>
          <dl className="facts">
            <Fact term="Parter">{a.parties || partyNames}</Fact>
            <Fact term="Formål">{a.purpose}</Fact>
            <Fact term="Målgruppe">{a.targetGroup}</Fact>
            <Fact term="Indsatsen">{a.effort}</Fact>
            <Fact term="Mødekadence">{a.meetingCadence}</Fact>
            <Fact term="Periode">{period}</Fact>
            <Fact term="Tages op igen sammen">
              {a.revisitOn ? (
                <>
                  {formatDate(a.revisitOn, locale)}
                  {revisitDue(a.revisitOn, now) ? (
                    <>
                      {' '}
                      <strong className="badge badge--stale">
                        Tid til at tage aftalen op igen
                      </strong>
                    </>
                  ) : null}
                </>
              ) : null}
            </Fact>
          </dl>
          {(a.roles?.length ?? 0) > 0 || side ? (
            <Scroll label="Roller og ansvar pr. part (tabel)">
              <table className="cooperation__table" id="roller">
                <caption>Roller og ansvar pr. part</caption>
                <thead>
                  <tr>
                    <th scope="col">Part</th>
                    <th scope="col">Økonomisk</th>
                    <th scope="col">Funktionelt</th>
                    <th scope="col">Fagligt</th>
                  </tr>
                </thead>
                <tbody>
                  {(a.roles ?? []).map((role, index) => (
                    <tr key={role.id ?? index}>
                      <th scope="row">{role.party}</th>
                      <td>{role.economic}</td>
                      <td>{role.functional}</td>
                      <td>{role.professional}</td>
                    </tr>
                  ))}
                  {side ? (
                    <tr data-side="organization">
                      <th scope="row">{names.organization?.name ?? 'Organisationen'}</th>
                      <td>{side.roles?.economic}</td>
                      <td>{side.roles?.functional}</td>
                      <td>{side.roles?.professional}</td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </Scroll>
          ) : null}
          {side?.contribution ? (
            <>
              <h3>Det bidrager {names.organization?.name ?? 'organisationen'} med</h3>
              <Paragraphs text={side.contribution} />
            </>
          ) : null}
          {(a.contacts?.length ?? 0) + (side?.contacts?.length ?? 0) > 0 ? (
            <>
              <h3>Kontaktpersoner</h3>
              <ul className="cooperation__contacts">
                {[
                  ...(a.contacts ?? []),
                  ...(side?.contacts ?? []).map((p) => ({ ...p, party: names.organization?.name })),
                ].map((person, index) => (
                  <li key={index}>
                    {[person.name, person.role, person.party].filter(Boolean).join(', ')}
                    {person.email ? (
                      <>
                        {' '}
                        <a href={`mailto:${person.email}`}>{person.email}</a>
                      </>
                    ) : null}
                    {person.phone ? (
                      <>
                        {' '}
                        <a href={`tel:${person.phone.replace(/\s+/g, '')}`}>{person.phone}</a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {toc && hasTheoryOfChange(toc) ? (
        <section aria-labelledby="theoryOfChange" className="cooperation__tool">
          <h2 id="theoryOfChange">Forandringsteori</h2>
          <figure className="cooperation__figure">
            <Scroll label="Forandringsteorien som diagram" diagram>
              <DiagramSvg
                diagram={theoryOfChangeLayout(toc)}
                id="toc-diagram"
                title={`Forandringsteori for ${c.title}`}
                description="Målgruppe fører til aktiviteter, der fører til kortsigtede, mellemlange og langsigtede resultater; nedenunder antagelser, risikofaktorer og beskyttelsesfaktorer. Diagrammet står også som tekst lige under."
              />
            </Scroll>
            <figcaption>
              Forandringsteorien som diagram. Samme indhold som tekst nedenfor.
            </figcaption>
          </figure>
          <div className="cooperation__text-alternative" id="toc-text">
            <h3>Forandringsteorien som tekst</h3>
            {(() => {
              const { columns, bands } = theoryOfChangeParts(toc)
              return [...columns, ...bands]
                .filter((part) => part.items.length > 0)
                .map((part) => (
                  <div key={part.key}>
                    <h4>{part.heading}</h4>
                    <ul>
                      {part.items.map((item, index) => (
                        <li key={index}>{item}</li>
                      ))}
                    </ul>
                  </div>
                ))
            })()}
          </div>
        </section>
      ) : null}

      {c.documentationStrategy ? (
        <section aria-labelledby="documentationStrategy" className="cooperation__tool">
          <h2 id="documentationStrategy">Dokumentationsstrategi</h2>
          {(c.documentationStrategy.items?.length ?? 0) > 0 ? (
            <Scroll label="Dokumentationsstrategi (tabel)">
              <table className="cooperation__table">
                <caption>
                  Hvad dokumenteres, hvordan, hvornår, af hvem og med hvilket redskab
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Hvad</th>
                    <th scope="col">Hvordan</th>
                    <th scope="col">Hvornår</th>
                    <th scope="col">Hvem</th>
                    <th scope="col">Redskab</th>
                  </tr>
                </thead>
                <tbody>
                  {c.documentationStrategy.items!.map((item, index) => (
                    <tr key={item.id ?? index}>
                      <th scope="row">{item.what}</th>
                      <td>{item.how}</td>
                      <td>{item.when}</td>
                      <td>{item.who}</td>
                      <td>{item.tool}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Scroll>
          ) : (
            <p>Ingen dokumentation er beskrevet endnu.</p>
          )}
          {c.documentationStrategy.involvement ? (
            <>
              <h3>Sådan inddrages børn, unge og forældre</h3>
              <Paragraphs text={c.documentationStrategy.involvement} />
            </>
          ) : null}
        </section>
      ) : null}

      {c.sharingModel ? (
        <section aria-labelledby="sharingModel" className="cooperation__tool">
          <h2 id="sharingModel">Data- og vidensdelingsmodel</h2>
          {sharingRows.length > 0 ? (
            <>
              <figure className="cooperation__figure">
                <Scroll label="Vidensdelingen som diagram" diagram>
                  <DiagramSvg
                    diagram={sharingModelLayout(sharingRows)}
                    id="sharing-diagram"
                    title={`Data- og vidensdelingsmodel for ${c.title}`}
                    description={`Pile fra den, der deler, til den, der modtager, på tre niveauer, med hyppigheden på pilen: ${sharingRows
                      .map(
                        (row) =>
                          `${row.from} til ${row.to} (${levelName(row.level)}${row.frequency ? `, ${row.frequency}` : ''})`,
                      )
                      .join('; ')}. Tabellen nedenfor har alle oplysninger.`}
                  />
                </Scroll>
                <figcaption>
                  Hvem deler viden med hvem. Tabellen nedenfor er diagrammets tekst.
                </figcaption>
              </figure>
              <Scroll label="Vidensdeling (tabel)">
                <table className="cooperation__table" id="sharing-table">
                  <caption>Hvem deler hvad med hvem</caption>
                  <thead>
                    <tr>
                      <th scope="col">Niveau</th>
                      <th scope="col">Fra</th>
                      <th scope="col">Til</th>
                      <th scope="col">Vidensbehov</th>
                      <th scope="col">Form</th>
                      <th scope="col">Hyppighed</th>
                      <th scope="col">Ansvarlig</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sharingRows.map((row, index) => (
                      <tr key={row.id ?? index}>
                        <td>{levelName(row.level)}</td>
                        <th scope="row">{row.from}</th>
                        <td>{row.to}</td>
                        <td>{row.knowledgeNeed}</td>
                        <td>{row.form}</td>
                        <td>{row.frequency}</td>
                        <td>{row.responsible}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Scroll>
            </>
          ) : (
            <p>Ingen vidensdeling er beskrevet endnu.</p>
          )}
        </section>
      ) : null}

      {c.implementationPlan ? (
        <section aria-labelledby="implementationPlan" className="cooperation__tool">
          <h2 id="implementationPlan">Implementeringsplan</h2>
          {overdue > 0 ? (
            <p className="cooperation__overdue-summary" role="status">
              <strong>
                {overdue === 1
                  ? '1 aktivitet har overskredet sin frist.'
                  : `${overdue} aktiviteter har overskredet deres frist.`}
              </strong>
            </p>
          ) : null}
          {plan.length > 0 ? (
            <Scroll label="Implementeringsplan (tabel)">
              <table className="cooperation__table" id="plan-table">
                <caption>Aktiviteter med ansvarlig, frist og status</caption>
                <thead>
                  <tr>
                    <th scope="col">Aktivitet</th>
                    <th scope="col">Ansvarlig</th>
                    <th scope="col">Frist</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.map((item, index) => (
                    <tr
                      key={index}
                      className={item.overdue ? 'cooperation__overdue' : undefined}
                      data-overdue={item.overdue ? 'true' : undefined}
                    >
                      <th scope="row">{item.activity}</th>
                      <td>{item.responsible}</td>
                      <td>{item.deadline ? formatDate(item.deadline, locale) : ''}</td>
                      <td>
                        {statusName(item.status)}
                        {item.overdue ? (
                          <>
                            {' '}
                            <strong className="badge badge--stale">Overskredet</strong>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Scroll>
          ) : (
            <p>Ingen aktiviteter endnu.</p>
          )}
        </section>
      ) : null}

      {c.reflectionDays ? (
        <section aria-labelledby="reflectionDays" className="cooperation__tool">
          <h2 id="reflectionDays">Refleksionsdage</h2>
          {(c.reflectionDays.days?.length ?? 0) === 0 ? <p>Ingen refleksionsdage endnu.</p> : null}
          {(c.reflectionDays.days ?? []).map((d, index) => (
            <section
              key={d.id ?? index}
              className="card cooperation__day"
              aria-label={`Refleksionsdag ${formatDate(d.date, locale)}`}
            >
              <h3>{formatDate(d.date, locale)}</h3>
              {(d.questions?.length ?? 0) > 0 ? (
                <>
                  <h4>Mødeguidens spørgsmål</h4>
                  <ul>
                    {d.questions!.map((q, n) => (
                      <li key={q.id ?? n}>{q.text}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {d.dataLookedAt ? (
                <>
                  <h4>De data, vi så på</h4>
                  <Paragraphs text={d.dataLookedAt} />
                </>
              ) : null}
              {d.agreed ? (
                <>
                  <h4>Det aftalte vi</h4>
                  <Paragraphs text={d.agreed} />
                </>
              ) : null}
            </section>
          ))}
        </section>
      ) : null}

      {c.reflectionChecklist ? (
        <section aria-labelledby="refleksionsspoergsmaal" className="cooperation__tool">
          <h2 id="refleksionsspoergsmaal">Refleksionsspørgsmål</h2>
          <p>
            Katalogets refleksionsspørgsmål til etablerings- og driftsfasen. Samarbejdet går dem
            igennem og skriver sine svar i tjeklisten.
          </p>
          {cooperationPhases.map((phase) => {
            const questions = reflectionQuestions.filter((q) => q.phase === phase.value)
            const answered = questions.filter((q) =>
              c.reflectionChecklist!.some((r) => r.question === q.value && r.answer),
            ).length
            return (
              <section key={phase.value} aria-labelledby={`fase-${phase.value}`}>
                <h3 id={`fase-${phase.value}`}>
                  {phase.da} ({answered} af {questions.length} besvaret)
                </h3>
                <ol className="cooperation__checklist">
                  {questions.map((q) => {
                    const answer = c.reflectionChecklist!.find((r) => r.question === q.value)
                    return (
                      <li key={q.value} data-answered={answer?.answer ? 'true' : 'false'}>
                        <p>
                          <span aria-hidden="true">{answer?.answer ? '☑ ' : '☐ '}</span>
                          <strong>{q.da}</strong>
                        </p>
                        {answer?.answer ? (
                          <>
                            <Paragraphs text={answer.answer} />
                            {answer.answeredOn ? (
                              <p className="muted">
                                Besvaret {formatDate(answer.answeredOn, locale)}
                              </p>
                            ) : null}
                          </>
                        ) : (
                          <p className="muted">Ikke besvaret endnu.</p>
                        )}
                      </li>
                    )
                  })}
                </ol>
              </section>
            )
          })}
        </section>
      ) : null}
    </article>
  )
}
