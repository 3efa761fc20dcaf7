'use client'

import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'

/** A link to the review list in the admin navigation, for those who review. */
export function ReviewNavLink() {
  const { user } = useAuth<{ role?: string }>()
  if (!checkRole(contentEditorRoles, user)) return null
  return (
    <Link className="nav__link" href="/admin/review">
      <span className="nav__link-label">Til gennemsyn</span>
    </Link>
  )
}
