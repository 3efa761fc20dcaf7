import type { CollectionConfig, Config, Field, FieldAccess, Plugin } from 'payload'

import { listingCollections } from '@/domain/options'
import { addRunnerContribution } from '@/jobs/contributions'
import { addOverviewSection } from '@/overview/sections'

import { MOVES_COLLECTION } from './collection'
import { confirmMoveEndpoint, moveListingsEndpoint } from './endpoints'
import { FLAG_FIELD, NOTES, type FlaggedCollection } from './flags'
import {
  flagAfterProvisionChange,
  flagAfterProvisionDelete,
  flagDeletedDocument,
  flagSavedDocument,
} from './hooks'
import { repealOverviewSection } from './overview'
import { noticeRepealsTask, REPEAL_QUEUE } from './task'

const ADMIN = '/legislation/repeal/admin/'

/** Set by the repeal flag's own code only (./flags.ts), never by a request. */
const setBySystem: FieldAccess = () => false

const flagField = (collection: FlaggedCollection): Field => ({
  name: FLAG_FIELD,
  type: 'checkbox',
  defaultValue: false,
  index: true,
  label: { da: 'Henviser til ophævet bestemmelse', en: 'Cites a repealed provision' },
  access: { create: setBySystem, update: setBySystem },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description:
      collection === NOTES
        ? {
            da: 'Noten nævner en ophævet bestemmelse uden at nævne den bestemmelse, der afløste den. Sættes af portalen.',
            en: 'The note cites a repealed provision without its successor. Set by the portal.',
          }
        : {
            da: 'Opslaget er offentliggjort med en bestemmelse, der er ophævet og afløst af en anden. Sættes af portalen.',
            en: 'The published listing cites a provision that was repealed and replaced. Set by the portal.',
          },
  },
})

/** In a listing's sidebar: the flag's provisions, proposed moves (with »Bekræft«) and past moves. */
const movesPanel: Field = {
  name: 'repealMoves',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: `${ADMIN}RepealPanel#RepealPanel` },
  },
}

/**
 * Provisions with a life, as a configured plugin: a provision whose "Gælder til" has passed and
 * that a successor replaces flags every published listing that still cites it and every note that
 * cites it without its successor (a stored flag, `citesRepealed`, kept by hooks at once and by the
 * daily task `noticeRepeals`), opens a `repealed-provision` task for each flagged listing's owners,
 * and lets a consultant move the flagged listings to the successor in bulk
 * (`POST /api/legal-bases/:id/move-listings`, the admin view »Ophævede bestemmelser«), as proposals
 * the owner confirms for NGO-owned listings (`POST /api/legal-basis-moves/:id/confirm`). The
 * Overblik shows the count per repealed provision. The collection of moves (./collection.ts) is
 * declared in payload.config.ts before the plugins, so the input checks cover it.
 */
export const repealPlugin =
  (): Plugin =>
  (incomingConfig: Config): Config => {
    const flagged: FlaggedCollection[] = [...listingCollections, NOTES]
    const attach = (collection: CollectionConfig): CollectionConfig => {
      if (collection.slug === 'legal-bases') {
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), flagAfterProvisionChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), flagAfterProvisionDelete],
          },
          endpoints: [...(collection.endpoints || []), moveListingsEndpoint],
        }
      }
      if (collection.slug === MOVES_COLLECTION) {
        return { ...collection, endpoints: [...(collection.endpoints || []), confirmMoveEndpoint] }
      }
      if (!flagged.includes(collection.slug as FlaggedCollection)) return collection
      const isListing = collection.slug !== NOTES
      return {
        ...collection,
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            beforeListTable: [
              ...(collection.admin?.components?.beforeListTable ?? []),
              `${ADMIN}RepealedFilter#RepealedFilter`,
            ],
          },
        },
        fields: [
          ...collection.fields,
          flagField(collection.slug as FlaggedCollection),
          ...(isListing ? [movesPanel] : []),
        ],
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), flagSavedDocument],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), flagDeletedDocument],
        },
      }
    }
    for (const slug of ['legal-bases', MOVES_COLLECTION, ...flagged]) {
      if (!incomingConfig.collections?.some((entry) => entry.slug === slug)) {
        throw new Error(`repealPlugin: there is no collection "${slug}"`)
      }
    }
    const admin = incomingConfig.admin ?? {}
    let config: Config = {
      ...incomingConfig,
      collections: (incomingConfig.collections ?? []).map(attach),
      jobs: {
        ...incomingConfig.jobs,
        tasks: [...(incomingConfig.jobs?.tasks ?? []), noticeRepealsTask as never],
      },
      admin: {
        ...admin,
        components: {
          ...admin.components,
          afterNavLinks: [
            ...(admin.components?.afterNavLinks ?? []),
            `${ADMIN}RepealNavLink#RepealNavLink`,
          ],
          views: {
            ...admin.components?.views,
            repealedProvisions: {
              Component: `${ADMIN}RepealView#RepealView`,
              path: '/ophaevede-bestemmelser',
            },
          },
        },
      },
    }
    config = addOverviewSection(config, repealOverviewSection)
    // At start, so a server that was down at the daily run still flags what lapsed meanwhile.
    config = addRunnerContribution(config, {
      name: 'repeal',
      start: async ({ payload, wake }) => {
        await payload.jobs.queue({ task: 'noticeRepeals', queue: REPEAL_QUEUE, input: {} })
        wake()
      },
    })
    return config
  }
