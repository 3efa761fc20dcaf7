import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { CooperationView } from '@/cooperations/components/CooperationView'
import { cooperationPaths } from '@/cooperations/paths'
import { findCooperationBySlug, findPublishedSide, partyNames } from '@/cooperations/queries'
import { parseSlug } from '@/domain/routeParams'
import { alternates } from '@/domain/urls'
import { getDictionary, routeLocale } from '@/i18n'
import { getPortalPayload, getViewer } from '@/queries/session'

import '@/cooperations/cooperations.css'

type Props = { params: Promise<{ locale: string; slug: string }> }

const load = cache(async (rawSlug: string) => {
  const slug = parseSlug(rawSlug)
  if (!slug) return null
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  return findCooperationBySlug({ payload, user }, slug)
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const cooperation = await load((await params).slug)
  if (!cooperation) return { title: (await getDictionary(locale)).errors.notFoundTitle }
  return {
    title: cooperation.title,
    alternates: alternates(cooperationPaths.cooperation(String(cooperation.slug), 'da'), locale),
  }
}

/**
 * A cooperation between municipalities and an organization with the catalogue's six tools
 * (issue 19), as the reader may read it: the parties and the network's professionals see all of
 * it, others a public cooperation's public tools. Prints as one clean document.
 */
export default async function CooperationPage({ params }: Props) {
  const locale = await routeLocale(params)
  const cooperation = await load((await params).slug)
  if (!cooperation) notFound()
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const reader = { payload, user }
  const [side, names] = await Promise.all([
    findPublishedSide(reader, cooperation.id),
    partyNames(reader, cooperation),
  ])
  return (
    <CooperationView
      cooperation={cooperation}
      side={side}
      names={names}
      locale={locale}
      now={new Date()}
    />
  )
}
