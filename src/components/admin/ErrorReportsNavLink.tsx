import Link from 'next/link'
import type { Payload, TypedUser } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { openErrorReportStatuses } from '@/domain/errorReports'

/** The admin list of open reports (new or being handled). */
export const OPEN_REPORTS_PATH =
  '/admin/collections/error-reports?where[status][in][0]=new&where[status][in][1]=in-progress'

/**
 * »Fejlmeldinger (3)« in the admin navigation: how many reports wait (new or being handled), for
 * consultants and the secretariat. A server component: one count query per admin page, with the
 * user's access.
 */
export async function ErrorReportsNavLink({
  payload,
  user,
}: {
  payload?: Payload
  user?: TypedUser | null
}) {
  if (!payload || !checkRole(contentEditorRoles, user)) return null
  let waiting = 0
  try {
    const { totalDocs } = await payload.count({
      collection: 'error-reports',
      where: { status: { in: [...openErrorReportStatuses] } },
      overrideAccess: false,
      user,
    })
    waiting = totalDocs
  } catch (error) {
    payload.logger.warn({ err: error }, 'admin navigation: open error reports not counted')
  }
  return (
    <Link className="nav__link" href={OPEN_REPORTS_PATH} data-error-reports-waiting={waiting}>
      <span className="nav__link-label">
        Fejlmeldinger <span aria-label={`${waiting} venter`}>({waiting})</span>
      </span>
    </Link>
  )
}
