import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { canReadUsers, isAdminOrSelfField } from '@/access/canReadUsers'
import { municipalRoles, roleLabels, roles } from '@/access/roles'

import {
  forgetSuccessfulLogin,
  answerFailedLogins,
  liftLocksOnUnlock,
  limitLoginAttempts,
} from '@/security/loginLimit'

import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

/** Sessions last at most two hours; after that the user logs in again. */
const TWO_HOURS_IN_SECONDS = 2 * 60 * 60

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { da: 'Bruger', en: 'User' },
    plural: { da: 'Brugere', en: 'Users' },
  },
  access: {
    create: isAdmin,
    read: canReadUsers,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload lets any logged-in user unlock any account by default.
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'municipality'],
    group: { da: 'Administration', en: 'Administration' },
  },
  auth: {
    tokenExpiration: TWO_HOURS_IN_SECONDS,
    // Payload's lock is per account, so anybody could lock a caseworker out: off, and replaced by a
    // lock per account and client (src/security/loginLimit.ts).
    maxLoginAttempts: 0,
    useSessions: true,
    // The signed-in user as ids: every page loads it, and nothing reads its municipality or
    // organization populated (access goes through relationId), so no extra query per request.
    depth: 0,
  },
  fields: [
    {
      // Payload's own e-mail field, with read access narrowed: others see name and title only.
      name: 'email',
      type: 'email',
      access: { read: isAdminOrSelfField },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { da: 'Navn', en: 'Name' },
    },
    {
      name: 'title',
      type: 'text',
      label: { da: 'Stilling', en: 'Job title' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'caseworker',
      saveToJWT: true,
      label: { da: 'Rolle', en: 'Role' },
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: { create: isAdminField, read: isAdminOrSelfField, update: isAdminField },
    },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      label: { da: 'Kommune', en: 'Municipality' },
      admin: {
        description: {
          da: 'Den kommune, en sagsbehandler eller konsulent arbejder for.',
          en: 'The municipality a caseworker or consultant works for.',
        },
        condition: (_data, siblingData) => municipalRoles.includes(siblingData?.role),
      },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ role: string }> }) => {
        const role = siblingData?.role as (typeof roles)[number] | undefined
        if (role && municipalRoles.includes(role) && !value) {
          return 'Vælg den kommune, brugeren arbejder for.'
        }
        return true
      },
      access: { create: isAdminField, read: isAdminOrSelfField, update: isAdminField },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      label: { da: 'Organisation', en: 'Organization' },
      admin: {
        description: {
          da: 'Den organisation, en redaktør i organisation skriver for.',
          en: 'The organization an organization editor writes for.',
        },
        condition: (_data, siblingData) => siblingData?.role === 'ngo-editor',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ role: string }> }) =>
        siblingData?.role === 'ngo-editor' && !value
          ? 'Vælg den organisation, redaktøren skriver for.'
          : true,
      access: { create: isAdminField, read: isAdminOrSelfField, update: isAdminField },
    },
  ],
  hooks: {
    beforeOperation: [limitLoginAttempts],
    beforeChange: [makeFirstUserAdmin],
    afterLogin: [forgetSuccessfulLogin],
    afterOperation: [liftLocksOnUnlock],
    afterError: [answerFailedLogins],
  },
  timestamps: true,
}
