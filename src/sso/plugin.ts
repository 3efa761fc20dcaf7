import { APIError, type CollectionBeforeOperationHook, type Config, type Plugin } from 'payload'

import { isAdminOrSelfField } from '@/access/canReadUsers'
import { nobodyField } from '@/access/nobodyField'

import { passwordsOffBy, ssoConfig } from './config'
import { ssoTextsFor } from './messages'

/**
 * Single sign-on with each municipality's OpenID Connect provider (src/sso), as a configured
 * plugin: it gives users the link to their provider (`ssoProvider`, `ssoSubject`: set by the
 * sign-in, read-only for everyone), refuses password logins and password resets for the e-mail
 * domains whose provider has switched passwords off, puts »Log ind med <kommune>« on the admin's
 * login page, and adds the admin-only settings view (/admin/single-sign-on). The sign-in itself
 * is two route handlers (src/app/api/sso/[provider]/start|callback).
 */

/** Password login and reset refused for a domain its provider covers (OIDC_PROVIDERS passwordLogin "off"). */
export const refusePasswordsWhereSsoCovers: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string' || !email.includes('@')) return args
  const provider = passwordsOffBy(email.trim())
  if (provider) {
    const language = req.i18n?.language ?? 'da'
    throw new APIError(ssoTextsFor(language).passwordsOff(provider.name), 403, undefined, true)
  }
  return args
}

export const ssoPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const { problems } = ssoConfig()
    for (const problem of problems) console.error(`[videnportal] single sign-on: ${problem}`)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collection.slug !== 'users'
          ? collection
          : {
              ...collection,
              fields: [
                ...collection.fields,
                {
                  name: 'ssoProvider',
                  type: 'text',
                  label: { da: 'Log ind via', en: 'Signs in through' },
                  index: true,
                  admin: {
                    readOnly: true,
                    position: 'sidebar',
                    description: {
                      da: 'Kommunens login (single sign-on), som brugeren logger ind med. Sættes ved login.',
                      en: 'The municipal identity provider the user signs in with. Set at sign-in.',
                    },
                    condition: (data) => Boolean(data?.ssoProvider),
                  },
                  access: { read: isAdminOrSelfField, create: nobodyField, update: nobodyField },
                },
                {
                  name: 'ssoSubject',
                  type: 'text',
                  label: { da: 'Id hos kommunens login', en: 'Subject at the provider' },
                  index: true,
                  admin: {
                    readOnly: true,
                    position: 'sidebar',
                    condition: (data) => Boolean(data?.ssoProvider),
                  },
                  access: { read: isAdminOrSelfField, create: nobodyField, update: nobodyField },
                },
              ],
              hooks: {
                ...collection.hooks,
                beforeOperation: [
                  ...(collection.hooks?.beforeOperation ?? []),
                  refusePasswordsWhereSsoCovers,
                ],
              },
            },
      ),
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            '/sso/components/SsoNavLink#SsoNavLink',
          ],
          afterLogin: [
            ...(config.admin?.components?.afterLogin ?? []),
            '/sso/components/AdminSsoButtons#AdminSsoButtons',
          ],
          views: {
            ...config.admin?.components?.views,
            singleSignOn: {
              Component: '/sso/components/SsoSettingsView#SsoSettingsView',
              path: '/single-sign-on',
            },
          },
        },
      },
    }
  }
