import Link from 'next/link'
import type { Payload, PayloadRequest } from 'payload'
import { cache } from 'react'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { countWaitingChanges } from '@/moderation/waiting'

/**
 * Once per request: Payload renders the navigation twice on an admin page (12 of the list view's
 * 21–26 statements were these counts, twice over).
 */
const countWaitingOnce = cache(countWaitingChanges)

/**
 * "Til gennemsyn" in the admin navigation, for those who review, with how many changes wait
 * (counted on every admin page, with the reader's access).
 */
export async function ReviewNavLink({
  payload,
  user,
}: {
  payload: Payload
  user?: PayloadRequest['user']
}) {
  if (!checkRole(contentEditorRoles, user)) return null
  let waiting: number | undefined
  try {
    waiting = await countWaitingOnce(payload, user ?? null)
  } catch (error) {
    // The navigation must render even when the count cannot be had.
    payload.logger.error({ err: error }, 'Could not count the changes awaiting review')
  }
  const label =
    waiting === undefined
      ? undefined
      : waiting === 1
        ? '1 ændring venter på gennemsyn'
        : `${waiting} ændringer venter på gennemsyn`
  return (
    <Link
      className="nav__link"
      href="/admin/review"
      aria-label={label ? `Til gennemsyn: ${label}` : undefined}
    >
      <span className="nav__link-label">
        Til gennemsyn
        {waiting ? (
          <span className="nav__count" data-waiting-changes={waiting}>
            {' '}
            ({waiting})
          </span>
        ) : null}
      </span>
    </Link>
  )
}
