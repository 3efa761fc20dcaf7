import type { Field } from 'payload'

import { externalId as externalIdRule } from '@/domain/rules'

import { notForNgoEditors } from './technical'
import { validateWith } from './validate'

/** The importer's stable key: a second import of the same file updates, never duplicates. */
export const externalIdField = (): Field => ({
  name: 'externalId',
  type: 'text',
  unique: true,
  index: true,
  label: { da: 'Eksternt id', en: 'External id' },
  validate: validateWith(externalIdRule),
  admin: {
    position: 'sidebar',
    condition: notForNgoEditors,
    description: {
      da: 'Nøgle til import og eksport. Udfyldes automatisk, hvis den er tom.',
      en: 'Key for import and export. Generated when empty.',
    },
  },
  hooks: {
    beforeChange: [
      // Documents without a slug (activities, meetings, answers) still need a key, or an export
      // of two of them could not be imported again.
      ({ value, data, collection }) =>
        value || `${collection?.slug ?? 'doc'}:${data?.slug ?? crypto.randomUUID()}`,
    ],
  },
})

/** Internal hash of the last imported version, so a re-import of the same data changes nothing. */
export const importHashField = (): Field => ({
  name: 'importHash',
  type: 'text',
  admin: { hidden: true },
  access: { read: () => false, update: () => true },
})
