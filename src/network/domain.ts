import { z } from 'zod'

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
