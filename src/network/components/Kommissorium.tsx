import type { Network } from '@/payload-types'
import { formatDate, type Locale } from '@/i18n'

import { networkTexts } from '../labels'
import { kommissoriumHeadings, resourceParts } from '../options'
import { TextBlocks } from './TextBlocks'

type Props = {
  network: Network
  locale: Locale
  /** The heading level of the section headings (2 on the print page, 3 inside the network page). */
  level: 2 | 3
}

/**
 * The kommissorium under exactly the headings of seed 001's example, in its order. The headings
 * and the text are the Danish document's own, marked `lang="da"` on other-language pages.
 */
export function Kommissorium({ network, locale, level }: Props) {
  const k = network.kommissorium ?? {}
  const t = networkTexts(locale)
  const lang = locale === 'da' ? undefined : 'da'
  const H = level === 2 ? 'h2' : 'h3'
  const H4 = level === 2 ? 'h3' : 'h4'
  const sections = kommissoriumHeadings.map((heading) => {
    if (heading.key === 'resources') {
      const resources = k.resources ?? {}
      const parts = resourceParts.filter((part) => resources[part.key])
      if (parts.length === 0) return null
      return (
        <section key={heading.key} className="kommissorium__section">
          <H lang={lang}>{heading.da}</H>
          {parts.map((part) => (
            <div key={part.key} className="kommissorium__part">
              <H4 lang={lang}>{part.da}</H4>
              <TextBlocks text={resources[part.key]} lang={lang} />
            </div>
          ))}
        </section>
      )
    }
    if (heading.key === 'evaluation') {
      const evaluation = k.evaluation ?? {}
      if (!evaluation.text && !evaluation.date) return null
      return (
        <section key={heading.key} className="kommissorium__section">
          <H lang={lang}>{heading.da}</H>
          <TextBlocks text={evaluation.text} lang={lang} />
          {evaluation.date ? (
            <p>
              <strong>{t.evaluationDate}:</strong> {formatDate(evaluation.date, locale)}
            </p>
          ) : null}
        </section>
      )
    }
    const value = k[heading.key as Exclude<typeof heading.key, 'resources' | 'evaluation'>]
    if (!value) return null
    return (
      <section key={heading.key} className="kommissorium__section">
        <H lang={lang}>{heading.da}</H>
        <TextBlocks text={value} lang={lang} />
      </section>
    )
  })
  const written = sections.filter(Boolean)
  return (
    <div className="kommissorium">
      {written.length ? written : <p>{t.kommissoriumEmpty}</p>}
      {k.approvedOn ? (
        <p className="hint">{t.approved(formatDate(k.approvedOn, locale), k.approvedBy)}</p>
      ) : null}
    </div>
  )
}
