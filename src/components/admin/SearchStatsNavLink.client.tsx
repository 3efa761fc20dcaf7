'use client'

import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'

import { checkRole } from '@/access/checkRole'

/** A link to the search statistics in the admin navigation, for the secretariat. */
export function SearchStatsNavLink() {
  const { user } = useAuth<{ role?: string }>()
  if (!checkRole(['admin'], user)) return null
  return (
    <Link className="nav__link" href="/admin/soegestatistik">
      <span className="nav__link-label">Søgestatistik</span>
    </Link>
  )
}
