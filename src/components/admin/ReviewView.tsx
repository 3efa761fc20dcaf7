import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, BasePayload, CollectionSlug } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { formatDanishDate } from '@/domain/danishDate'
import { danishLabel } from '@/moderation/diff'
import { loadReviewQueue } from '@/moderation/reviewQueue'

import { ReviewActions } from './ReviewActions.client'

/** A moderated collection's Danish singular label, from its own config. */
function collectionLabel(payload: BasePayload, slug: CollectionSlug): string {
  const singular = payload.collections[slug]?.config.labels?.singular
  return danishLabel({ label: singular }, slug)
}

/** Every time in the view in Danish time (Europe/Copenhagen), as the rest of the admin shows it. */
const dateTime = (value?: string | null) =>
  value ? formatDanishDate(value, { withTime: true }) : ''

/** /admin/review: NGO editors' changes awaiting a consultant, each with what changed. */
export async function ReviewView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const allowed = checkRole(contentEditorRoles, req.user)
  const items = allowed ? await loadReviewQueue(req.payload, req) : []
  const waiting = items.filter((item) => item.status === 'awaiting-review')
  const sentBack = items.filter((item) => item.status === 'changes-requested')

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
        <main className="review-queue" aria-labelledby="review-queue-title">
          <h1 id="review-queue-title">Til gennemsyn</h1>
          {!allowed && <p>Kun udviklingskonsulenter og sekretariatet kan gennemse ændringer.</p>}
          {allowed && waiting.length === 0 && <p>Ingen ændringer venter på gennemsyn.</p>}
          {waiting.map((item) => {
            const kind = collectionLabel(req.payload, item.collection)
            const headingId = `review-${item.collection}-${item.id}`
            return (
              <section
                key={`${item.collection}:${item.id}`}
                className="review-item"
                data-review-item={`${item.collection}:${item.id}`}
                aria-labelledby={headingId}
              >
                <h2 id={headingId}>
                  {kind}:{' '}
                  <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
                </h2>
                <p className="review-item__meta">
                  {item.isNew ? 'Nyt opslag' : 'Ændring af offentliggjort version'}
                  {item.submittedBy ? ` · indsendt af ${item.submittedBy}` : ''}
                  {item.submittedAt ? (
                    <>
                      {' · '}
                      <time dateTime={item.submittedAt}>{dateTime(item.submittedAt)}</time>
                    </>
                  ) : null}
                </p>
                {item.comment && (
                  <p className="review-item__comment">Tidligere kommentar: {item.comment}</p>
                )}
                {item.changes.length === 0 ? (
                  <p>Kladden er gemt uden ændringer i forhold til den offentliggjorte version.</p>
                ) : (
                  <table className="review-item__changes">
                    <caption className="review-item__caption">
                      Ændringer i {kind.toLowerCase()} »{item.title}«
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Felt</th>
                        <th scope="col">{item.isNew ? 'Før' : 'Offentliggjort'}</th>
                        <th scope="col">Ændret til</th>
                      </tr>
                    </thead>
                    <tbody>
                      {item.changes.map((change) => (
                        <tr key={change.path} data-change={change.path}>
                          <th scope="row">{change.label}</th>
                          <td>{change.before}</td>
                          <td>{change.after}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <ReviewActions collection={item.collection} id={item.id} title={item.title} />
              </section>
            )
          })}
          {sentBack.length > 0 && (
            <>
              <h2>Sendt tilbage til redaktøren</h2>
              <ul>
                {sentBack.map((item) => (
                  <li key={`${item.collection}:${item.id}`}>
                    {collectionLabel(req.payload, item.collection)}: {item.title} – “{item.comment}”
                  </li>
                ))}
              </ul>
            </>
          )}
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}
