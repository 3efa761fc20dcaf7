'use client'

import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'

/** "Overblik" in the admin navigation, for the secretariat and the consultants. */
export function OverviewNavLink() {
  const { user } = useAuth<{ role?: string }>()
  if (!checkRole(contentEditorRoles, user)) return null
  return (
    <Link className="nav__link" href="/admin/overblik">
      <span className="nav__link-label">Overblik</span>
    </Link>
  )
}
