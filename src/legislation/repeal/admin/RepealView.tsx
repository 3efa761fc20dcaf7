import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { formatDanishDate } from '@/domain/danishDate'

import { listingsOf, repealReport } from '../report'
import { MoveListingsForm } from './RepealActions.client'

const kindLabel: Record<string, string> = {
  offers: 'Tilbud',
  mentors: 'Mentorordning',
  'school-options': 'Skoletilbud',
  'legislation-notes': 'Note',
}

/**
 * /admin/ophaevede-bestemmelser: per repealed provision, the published listings that still cite
 * it (with whether a move awaits their owner) and the notes that cite it without its successor,
 * and »Flyt N opslag« to move the listings to the successor in bulk.
 */
export async function RepealView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const allowed = checkRole(contentEditorRoles, req.user)
  const focus = Number(searchParams?.provision)
  const rows = allowed
    ? (await repealReport(req.payload, req, new Date())).filter(
        (row) => !Number.isInteger(focus) || focus <= 0 || row.provision.id === focus,
      )
    : []
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <main aria-labelledby="repeal-title">
          <h1 id="repeal-title">Ophævede bestemmelser</h1>
          {!allowed && <p>Kun udviklingskonsulenter og sekretariatet kan flytte opslag.</p>}
          {allowed && (
            <p>
              Opslag, der er offentliggjort med en ophævet bestemmelse, kan flyttes samlet til den
              bestemmelse, der afløste den. Opslag, som en organisation med egne redaktører ejer,
              ændres ikke bag om ryggen på dem: flytningen sendes til redaktørens bekræftelse (eller
              en anden konsulents), og opslaget beholder sit lovgrundlag indtil da. Andre opslag
              flyttes med det samme. Hver flytning gemmes i opslagets historik.
            </p>
          )}
          {allowed && rows.length === 0 && (
            <p>Ingen opslag eller noter henviser til en ophævet bestemmelse.</p>
          )}
          {rows.map((row) => {
            const listings = listingsOf(row)
            const notes = row.documents.filter((doc) => doc.collection === 'legislation-notes')
            const movable = listings.filter((doc) => !doc.proposed).length
            const headingId = `repeal-${row.provision.id}`
            return (
              <section
                key={row.provision.id}
                aria-labelledby={headingId}
                data-repealed-provision={row.provision.id}
              >
                <h2 id={headingId}>{row.provision.citation}</h2>
                <p>
                  {row.provision.heading}. Gjaldt til og med{' '}
                  {formatDanishDate(row.provision.validTo)}; afløst af{' '}
                  {row.provision.successors.map((successor) => successor.citation).join(' og ')}.
                </p>
                {listings.length > 0 && (
                  <table>
                    <caption>Opslag, der henviser til {row.provision.citation}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Opslag</th>
                        <th scope="col">Slags</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {listings.map((doc) => (
                        <tr key={`${doc.collection}:${doc.id}`}>
                          <td>
                            <a href={`/admin/collections/${doc.collection}/${doc.id}`}>
                              {doc.title}
                            </a>
                          </td>
                          <td>{kindLabel[doc.collection]}</td>
                          <td>{doc.proposed ? 'Afventer ejerens bekræftelse' : 'Ikke flyttet'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                {listings.length > 0 && (
                  <MoveListingsForm
                    provision={row.provision.id}
                    successors={row.provision.successors}
                    count={movable}
                  />
                )}
                {notes.length > 0 && (
                  <>
                    <h3>Noter, der nævner den uden efterfølgeren</h3>
                    <ul>
                      {notes.map((doc) => (
                        <li key={doc.id}>
                          <a href={`/admin/collections/legislation-notes/${doc.id}`}>{doc.title}</a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            )
          })}
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}
