'use client'

import { getTranslation } from '@payloadcms/translations'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

/**
 * The heading of an array row, `Kontakt 01`: the singular label with a capital, although the
 * label itself is written in lower case so that Payload's »Tilføj {{label}}« reads »Tilføj
 * kontakt« (see danishArrayLabels in src/fields/arrayLabels.ts).
 */
export function ArrayRowLabel({ label }: { label: Record<string, string> }) {
  const { rowNumber } = useRowLabel<unknown>()
  const { i18n } = useTranslation()
  const text = getTranslation(label, i18n)
  const heading = text.charAt(0).toLocaleUpperCase(i18n.language) + text.slice(1)
  return <span>{`${heading} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`}</span>
}
