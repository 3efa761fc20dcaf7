import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PrintButton } from '@/components/portal/PrintButton.client'
import { parseSlug } from '@/domain/routeParams'
import { alternates } from '@/domain/urls'
import { contentLang, formatDate, getDictionary, routeLocale } from '@/i18n'
import { TextBlocks } from '@/network/components/TextBlocks'
import { networkTexts } from '@/network/labels'
import { kommissoriumHeadings, resourceParts } from '@/network/options'
import { networkPaths } from '@/network/paths'
import { findNetwork } from '@/network/queries'

import '@/network/network.css'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? findNetwork(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const network = await load(params)
  if (!network) return { title: (await getDictionary(locale)).errors.notFoundTitle }
  return {
    title: `Kommissorium: ${network.name}`,
    alternates: alternates(networkPaths.kommissorium('da', String(network.slug)), locale),
  }
}

/**
 * The kommissorium as a clean A4 document: the two-column table of seed 001's example (heading,
 * text), with nothing of the portal around it when printed (styles.css hides the header and
 * footer; network.css sets the A4 page).
 */
export default async function KommissoriumPrintPage({ params }: Props) {
  const locale = await routeLocale(params)
  const network = await load(params)
  if (!network) notFound()
  const t = networkTexts(locale)
  const lang = contentLang(locale)
  const k = network.kommissorium ?? {}
  const rows = kommissoriumHeadings.map((heading) => {
    let body: React.ReactNode = null
    if (heading.key === 'resources') {
      const parts = resourceParts.filter((part) => k.resources?.[part.key])
      body = parts.length
        ? parts.map((part) => (
            <div key={part.key}>
              <p>
                <strong>{part.da}:</strong>
              </p>
              <TextBlocks text={k.resources?.[part.key]} />
            </div>
          ))
        : null
    } else if (heading.key === 'evaluation') {
      body =
        k.evaluation?.text || k.evaluation?.date ? (
          <>
            <TextBlocks text={k.evaluation?.text} />
            {k.evaluation?.date ? (
              <p>
                <strong>Evalueringsdato:</strong> {formatDate(k.evaluation.date, 'da')}
              </p>
            ) : null}
          </>
        ) : null
    } else {
      const value = k[heading.key as 'purpose']
      body = value ? <TextBlocks text={value} /> : null
    }
    return { heading, body }
  })

  return (
    <article className="kommissorium-print">
      <p className="no-print">
        <Link href={networkPaths.page(locale, String(network.slug))}>{t.backToNetwork}</Link>
      </p>
      <h1 lang={lang}>Kommissorium for {network.name}</h1>
      <table lang={lang}>
        <tbody>
          {rows.map(({ heading, body }) => (
            <tr key={heading.key}>
              <th scope="row">{heading.da}</th>
              <td>{body ?? <span className="hint">–</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {k.approvedOn ? (
        <p lang={lang}>
          Godkendt {formatDate(k.approvedOn, 'da')}
          {k.approvedBy ? ` af ${k.approvedBy}` : ''}.
        </p>
      ) : null}
      <p className="actions no-print">
        <PrintButton label={t.print} />
      </p>
    </article>
  )
}
