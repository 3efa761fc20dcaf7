import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'

/**
 * Daily search statistics without personal data (src/search/stats): one row per day, query and
 * filters, with counts only. The query's text is stored only once at least 3 different sessions
 * searched it that day, and never when it looks like a CPR number; until then the row is known by
 * a hash whose salt changes every day, and after the day both that hash and the sessions' hashes
 * are replaced, so nothing links a row to a person or to another day. No user, address or
 * session is ever stored. Only the system writes; the secretariat reads it in »Søgestatistik«.
 */
export const SearchStats: CollectionConfig<'search-stats'> = {
  slug: 'search-stats',
  labels: {
    singular: { da: 'Søgestatistik (dag)', en: 'Search statistics (day)' },
    plural: { da: 'Søgestatistik', en: 'Search statistics' },
  },
  access: {
    create: nobody,
    read: isAdmin,
    update: nobody,
    delete: nobody,
  },
  admin: {
    useAsTitle: 'query',
    defaultColumns: ['day', 'query', 'filters', 'searches', 'zeroResults', 'clicks'],
    group: { da: 'Søgning', en: 'Search' },
    // The overview is the »Søgestatistik« page; the rows are its raw material.
    hidden: true,
  },
  defaultSort: '-day',
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'day', type: 'text', required: true, index: true, label: { da: 'Dag', en: 'Day' } },
    { name: 'queryKey', type: 'text', required: true, admin: { hidden: true } },
    {
      name: 'query',
      type: 'text',
      label: { da: 'Søgeord (normaliseret)', en: 'Query (normalised)' },
      admin: { readOnly: true },
    },
    { name: 'filters', type: 'text', label: { da: 'Filtre', en: 'Filters' } },
    {
      name: 'searches',
      type: 'number',
      defaultValue: 0,
      label: { da: 'Søgninger', en: 'Searches' },
    },
    {
      name: 'zeroResults',
      type: 'number',
      defaultValue: 0,
      label: { da: 'Uden resultater', en: 'Without results' },
    },
    { name: 'lastTotal', type: 'number', label: { da: 'Antal resultater', en: 'Results' } },
    { name: 'clicks', type: 'number', defaultValue: 0, label: { da: 'Klik', en: 'Clicks' } },
    {
      name: 'clickPositions',
      type: 'json',
      label: { da: 'Klik pr. placering', en: 'Clicks per position' },
    },
    {
      name: 'sessions',
      type: 'number',
      defaultValue: 0,
      label: { da: 'Forskellige sessioner (op til 3)', en: 'Distinct sessions (up to 3)' },
    },
    { name: 'sessionHashes', type: 'json', admin: { hidden: true } },
  ],
  timestamps: true,
}
