import type { ArrayField } from 'payload'

type Label = { da: string; en: string }

/**
 * People on a network (steering group, secretariat): a user of the portal, or, for someone from
 * outside, a name and a title. Only professionals, never a citizen or a child.
 */
export function peopleField(name: string, label: Label, description: Label): ArrayField {
  return {
    name,
    type: 'array',
    label,
    labels: { singular: { da: 'Person', en: 'Person' }, plural: { da: 'Personer', en: 'People' } },
    admin: { description, initCollapsed: false },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'user',
            type: 'relationship',
            relationTo: 'users',
            label: { da: 'Bruger i portalen', en: 'Portal user' },
            admin: {
              width: '34%',
              description: {
                da: 'Vælg en bruger, eller skriv navn og titel på en person udefra.',
                en: 'Choose a user, or give the name and title of someone from outside.',
              },
            },
          },
          {
            name: 'name',
            type: 'text',
            maxLength: 120,
            label: { da: 'Navn (person udefra)', en: 'Name (outsider)' },
            admin: { width: '33%' },
            validate: (value: unknown, { siblingData }: { siblingData?: { user?: unknown } }) =>
              siblingData?.user || (typeof value === 'string' && value.trim())
                ? true
                : 'Vælg en bruger eller skriv personens navn.',
          },
          {
            name: 'title',
            type: 'text',
            maxLength: 160,
            label: { da: 'Titel og arbejdssted', en: 'Title and workplace' },
            admin: { width: '33%' },
          },
        ],
      },
    ],
  }
}
