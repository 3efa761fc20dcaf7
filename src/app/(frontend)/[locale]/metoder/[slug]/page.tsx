import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { evidenceLevels } from '@/domain/options'
import { parseSlug } from '@/domain/routeParams'
import { paths } from '@/domain/urls'
import { contentLang, formatDate, getDictionary, routeLocale } from '@/i18n'
import { methodLabels, methodTypeLabel } from '@/network/methods/labels'
import type { Media, Method } from '@/payload-types'
import { getReferenceData } from '@/queries/reference'
import { getPortalPayload, getViewer } from '@/queries/session'
import { searchQueryString } from '@/search/query/params'

import { DocumentHeader } from '@/components/portal/DocumentHeader'
import { documentMetadata } from '@/components/portal/documentMetadata'
import { RichTextBlock } from '@/components/portal/RichTextBlock'
import { TopicLinks } from '@/components/portal/TopicLinks'

type Props = { params: Promise<{ locale: string; slug: string }> }

/**
 * One method with its files. The files are populated with the reader's own access, so a file of an
 * internal method is never listed (or served) to someone who may not read the method.
 */
const findMethod = cache(async (slug: string): Promise<Method | null> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const { docs } = await payload.find({
    collection: 'methods',
    where: { slug: { equals: slug } },
    select: {
      title: true,
      summary: true,
      description: true,
      whenToUse: true,
      methodType: true,
      evidenceLevel: true,
      topics: true,
      owner: true,
      version: true,
      versionDate: true,
      files: true,
      visibility: true,
      slug: true,
      updatedAt: true,
    },
    populate: { media: { filename: true, alt: true, url: true, mimeType: true, filesize: true } },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return (docs[0] as Method | undefined) ?? null
})

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? findMethod(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const [method, t] = await Promise.all([load(params), getDictionary(locale)])
  return documentMetadata(method, 'method', locale, t.errors.notFoundTitle)
}

const fileKind = (mime: string | null | undefined) => (mime === 'application/pdf' ? 'PDF' : 'Word')

export default async function MethodPage({ params }: Props) {
  const locale = await routeLocale(params)
  const method = await load(params)
  if (!method) notFound()
  const [t, payload] = await Promise.all([getDictionary(locale), getPortalPayload()])
  const labels = methodLabels[locale]
  const lang = contentLang(locale)
  const reference = await getReferenceData(payload)
  const topics = (method.topics ?? [])
    .map((value) => reference.topicById.get(typeof value === 'number' ? value : value.id))
    .filter((topic) => topic !== undefined)
  const files = (method.files ?? []).filter(
    (file): file is Media => typeof file === 'object' && file !== null && Boolean(file.url),
  )
  const evidence = evidenceLevels.find((level) => level.value === method.evidenceLevel)

  return (
    <article className="method" data-method={method.slug}>
      <DocumentHeader
        home={{ href: paths.home(locale), label: t.siteName }}
        index={{ href: paths.methods(locale), label: labels.allMethods }}
        breadcrumbsLabel={t.breadcrumbs}
        badges={
          <>
            <span className="badge">{methodTypeLabel(method.methodType, locale)}</span>
            {method.visibility === 'internal' ? (
              <span className="badge badge--internal">{t.listing.internal}</span>
            ) : null}
          </>
        }
        title={method.title}
        summary={method.summary}
        lang={lang}
        printLabel={t.listing.print}
      />
      <dl className="facts">
        <div>
          <dt>{labels.owner}</dt>
          <dd lang={lang}>{method.owner}</dd>
        </div>
        <div>
          <dt>{labels.version}</dt>
          <dd>
            {method.version}
            {method.versionDate ? ` (${formatDate(method.versionDate, locale)})` : ''}
          </dd>
        </div>
        {evidence ? (
          <div>
            <dt>{labels.evidence}</dt>
            <dd>{locale === 'da' ? evidence.da : evidence.en}</dd>
          </div>
        ) : null}
      </dl>
      <RichTextBlock value={method.description} lang={lang} />
      <section aria-labelledby="hvornaar">
        <h2 id="hvornaar">{labels.whenToUse}</h2>
        <p lang={lang}>{method.whenToUse}</p>
      </section>
      <section aria-labelledby="filer">
        <h2 id="filer">{labels.files}</h2>
        {files.length ? (
          <ul data-method-files="">
            {files.map((file) => (
              <li key={file.id}>
                <a href={file.url ?? '#'} download={file.filename ?? undefined} lang={lang}>
                  {file.alt || file.filename}
                </a>{' '}
                <span className="muted">
                  ({fileKind(file.mimeType)}
                  {file.filesize
                    ? `, ${labels.fileSize(Math.max(1, Math.round(file.filesize / 1024)))}`
                    : ''}
                  )
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{labels.noFiles}</p>
        )}
      </section>
      <TopicLinks
        heading={labels.topics}
        topics={topics}
        lang={lang}
        href={(slug) =>
          paths.search(locale, searchQueryString({ topic: [slug], kind: ['method'] }))
        }
      />
      <p className="muted">{labels.noChild}</p>
    </article>
  )
}
