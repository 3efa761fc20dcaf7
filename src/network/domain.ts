import { z } from 'zod'
import { slug } from '@/domain/rules'

/**
 * Rules shared by the network's collections, the importer and the portal (zod at every boundary).
 */

/** Where a past activity's product lives: a portal path (/metoder/…) or a full web address. */
export const productLink = z
  .string()
  .trim()
  .max(500)
  .refine(
    (value) => /^\/[^/\\]/.test(value) || /^https?:\/\/[^\s]+$/i.test(value),
    'Linket skal være en adresse i portalen, der begynder med /, eller en fuld adresse med https://.',
  )

/** Minutes set aside for one agenda item. */
export const agendaMinutes = z
  .number({ message: 'Angiv tiden i hele minutter.' })
  .int('Angiv tiden i hele minutter.')
  .min(1, 'Sæt mindst ét minut af til punktet.')
  .max(480, 'Et punkt kan højst have 480 minutter (8 timer).')

/** "Linjer, der begynder med »- «" become a list when the kommissorium is shown or printed. */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] }

export function textBlocks(text: string | null | undefined): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const raw of (text ?? '').split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) {
      blocks.push({ kind: 'paragraph', text: '' })
      continue
    }
    const item = /^[-•*]\s+(.*)$/.exec(line)
    const last = blocks.at(-1)
    if (item) {
      if (last?.kind === 'list') last.items.push(item[1]!)
      else blocks.push({ kind: 'list', items: [item[1]!] })
    } else if (last?.kind === 'paragraph' && last.text) {
      last.text = `${last.text} ${line}`
    } else {
      blocks.push({ kind: 'paragraph', text: line })
    }
  }
  return blocks.filter((block) => block.kind === 'list' || block.text)
}

/**
 * Segments under /netvaerk/ that are pages of their own (src/app/(frontend)/[locale]/netvaerk/*
 * other than [slug]): a network with such a slug would be hidden behind the page, so none may
 * take it. A unit test keeps this list and the route folders in step.
 */
export const reservedNetworkSlugs = ['opfoelgning'] as const

/** A network's slug: the general slug rule, and none of the reserved segments. */
export const networkSlug = slug.superRefine((value, context) => {
  if ((reservedNetworkSlugs as readonly string[]).includes(value))
    context.addIssue({
      code: 'custom',
      message: `Adressen "${value}" er optaget af en side i portalen (/netvaerk/${value}). Vælg en anden adresse til netværket.`,
    })
})
