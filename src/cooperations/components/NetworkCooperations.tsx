import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { getPortalPayload, getViewer } from '@/queries/session'

import { cooperationPaths } from '../paths'
import { listCooperations } from '../queries'

/** The network page's list of the network's cooperations with NGOs that the reader may read. */
export async function NetworkCooperations({
  network,
  locale,
}: {
  network: number
  locale: Locale
}) {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const cooperations = await listCooperations({ payload, user }, { network: { equals: network } })
  if (cooperations.length === 0) return null
  return (
    <section aria-labelledby="samarbejder" className="network__section">
      <h2 id="samarbejder">Samarbejder med organisationer</h2>
      <ul className="link-list" lang="da">
        {cooperations.map((cooperation) => (
          <li key={cooperation.id}>
            <Link href={cooperationPaths.cooperation(String(cooperation.slug), locale)}>
              {cooperation.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
