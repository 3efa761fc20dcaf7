import Link from 'next/link'
import type { PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'

/** »Ophævede bestemmelser« in the admin navigation, for consultants and the secretariat. */
export function RepealNavLink({ user }: { user?: PayloadRequest['user'] }) {
  if (!checkRole(contentEditorRoles, user)) return null
  return (
    <Link className="nav__link" href="/admin/ophaevede-bestemmelser">
      <span className="nav__link-label">Ophævede bestemmelser</span>
    </Link>
  )
}
