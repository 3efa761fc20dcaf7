import type { Field } from 'payload'

/** Who created and who last changed a document; every version keeps its own `updatedBy`. */
export const authorshipFields = (): Field[] =>
  (['createdBy', 'updatedBy'] as const).map((name) => ({
    name,
    type: 'relationship',
    relationTo: 'users',
    label:
      name === 'createdBy'
        ? { da: 'Oprettet af', en: 'Created by' }
        : { da: 'Senest ændret af', en: 'Last changed by' },
    admin: { position: 'sidebar', readOnly: true },
    hooks: {
      beforeChange: [
        ({ req, operation, value }) => {
          if (!req.user) return value
          if (name === 'createdBy') return operation === 'create' ? req.user.id : value
          return req.user.id
        },
      ],
    },
  }))
