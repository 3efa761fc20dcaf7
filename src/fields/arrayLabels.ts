import type { ArrayField } from 'payload'

type Label = { da: string; en: string; nb?: string }

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('da') + text.slice(1)

/**
 * The labels of an array field, readable in Danish sentences. Payload builds »Tilføj {{label}}«
 * from the singular label, so the Danish singular is kept in lower case (»Tilføj kontakt«, not
 * »Tilføj Kontakt«), and the row headings get their capital back from ArrayRowLabel
 * (»Kontakt 01«). Spread into the array field: `...danishArrayLabels(singular, plural)`.
 */
export function danishArrayLabels(
  singular: Label,
  plural: Label,
): Pick<ArrayField, 'labels' | 'admin'> {
  return {
    labels: { singular: { ...singular, da: lowerFirst(singular.da) }, plural },
    admin: {
      components: {
        RowLabel: {
          path: '/components/admin/ArrayRowLabel.client#ArrayRowLabel',
          clientProps: { label: singular },
        },
      },
    },
  }
}
