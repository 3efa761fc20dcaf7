import type { CollectionConfig, Config, Plugin } from 'payload'

import { refuseDeactivatedInEveryStrategy } from './guardStrategies'
import { deactivateEndpoint, reactivateEndpoint } from './endpoints'
import { accountFields } from './fields'
import { Invitations } from './invitations/collection'
import { acceptEndpoint } from './invitations/endpoints'
import { recordLocalSignIn } from './hooks/recordLocalSignIn'
import { refuseDeactivatedLogin } from './hooks/refuseDeactivatedLogin'
import { sanitizeAccountsOptions, withAccountsOptions, type AccountsPluginOptions } from './options'
import { closeInactiveAccountsTask } from './tasks'

export type { AccountsPluginOptions } from './options'

/**
 * Accounts that end, as a configured plugin: on the users collection the account's life (last
 * sign-in, closed when and why), a refusal of closed accounts at login and in every auth strategy,
 * the record of each sign-in, the admin's deactivate/reactivate endpoints and list columns; the
 * daily task that closes unused accounts.
 */
export const accountsPlugin =
  (pluginOptions: AccountsPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const options = sanitizeAccountsOptions(pluginOptions)
    if (!incomingConfig.collections?.some((collection) => collection.slug === 'users')) {
      throw new Error('accountsPlugin: there is no users collection')
    }
    const attach = (collection: CollectionConfig): CollectionConfig => {
      if (collection.slug !== 'users') return collection
      const columns = collection.admin?.defaultColumns ?? ['name', 'email']
      return {
        ...collection,
        admin: {
          ...collection.admin,
          defaultColumns: [...columns, 'lastSignInAt', 'deactivatedAt'],
        },
        fields: [...collection.fields, ...accountFields],
        hooks: {
          ...collection.hooks,
          beforeLogin: [...(collection.hooks?.beforeLogin ?? []), refuseDeactivatedLogin],
          afterLogin: [...(collection.hooks?.afterLogin ?? []), recordLocalSignIn],
        },
        endpoints: [...(collection.endpoints || []), deactivateEndpoint, reactivateEndpoint],
      }
    }
    const incomingOnInit = incomingConfig.onInit
    return withAccountsOptions(
      {
        ...incomingConfig,
        collections: [...(incomingConfig.collections ?? []).map(attach), Invitations],
        endpoints: [...(incomingConfig.endpoints ?? []), acceptEndpoint],
        jobs: {
          ...incomingConfig.jobs,
          tasks: [...(incomingConfig.jobs?.tasks ?? []), closeInactiveAccountsTask(options)],
        },
        onInit: async (payload) => {
          if (incomingOnInit) await incomingOnInit(payload)
          refuseDeactivatedInEveryStrategy(payload)
        },
      },
      options,
    )
  }
