import Link from 'next/link'
import type { TypedUser } from 'payload'

import { checkRole } from '@/access/checkRole'

/** »Single sign-on« in the admin navigation, for the secretariat (the settings view's link). */
export function SsoNavLink({ user }: { user?: TypedUser | null }) {
  if (!checkRole(['admin'], user)) return null
  return (
    <Link className="nav__link" href="/admin/single-sign-on">
      <span className="nav__link-label">Single sign-on</span>
    </Link>
  )
}
