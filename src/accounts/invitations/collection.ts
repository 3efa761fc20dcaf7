import type { CollectionConfig } from 'payload'

import { canInvite } from '@/access/canInvite'
import { canReadInvitations } from '@/access/canReadInvitations'
import { checkRole } from '@/access/checkRole'
import { nobody } from '@/access/nobody'
import { nobodyField } from '@/access/nobodyField'
import { municipalRoles, roleLabels, roles } from '@/access/roles'
import { danishDateField } from '@/fields/danishDate'

import { INVITATIONS_SLUG, prepareInvitation } from './hooks/prepareInvitation'
import { sendInvitation } from './hooks/sendInvitation'
import { resendEndpoint } from './endpoints'
import { consultantInvitableRoles } from './rules'

export { INVITATIONS_SLUG } from './hooks/prepareInvitation'

const systemOnly = { create: nobodyField, update: nobodyField }
const inviterOnly = { update: nobodyField }

export const INVITATION_STATUSES = {
  pending: { da: 'Afventer', en: 'Pending' },
  accepted: { da: 'Taget imod', en: 'Accepted' },
  expired: { da: 'Udløbet', en: 'Expired' },
} as const

/**
 * Invitations: an admin or a consultant invites a person without single sign-on (an NGO editor, a
 * colleague) by e-mail; the mail carries a signed link to /invitation where the invitee chooses a
 * password once, within INVITATION_VALID_DAYS (default 7). The account is created only then, with
 * the role and affiliation the inviter chose; nobody ever sends a password. The admin sees the
 * state of each; a consultant sees the ones they sent. "Send igen" mails a new link (the old one
 * stops working); deleting a pending invitation withdraws it.
 */
export const Invitations: CollectionConfig = {
  slug: INVITATIONS_SLUG,
  labels: {
    singular: { da: 'Invitation', en: 'Invitation' },
    plural: { da: 'Invitationer', en: 'Invitations' },
  },
  access: {
    create: canInvite,
    read: canReadInvitations,
    update: nobody,
    delete: canReadInvitations,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'status', 'expiresAt', 'invitedBy'],
    group: { da: 'Administration', en: 'Administration' },
    description: {
      da: 'Inviter en redaktør i en organisation eller en kollega uden kommunalt login. Personen får en e-mail med et link, hvor de selv vælger adgangskode.',
      en: 'Invite an organization editor or a colleague without single sign-on. They get an e-mail with a link where they choose a password.',
    },
    // Consultants and the secretariat; others never see it in the navigation.
    hidden: ({ user }) => !checkRole(['admin', 'consultant'], user as { role?: string } | null),
  },
  fields: [
    {
      name: 'resendInvitation',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: '/components/admin/ResendInvitationButton.client#ResendInvitationButton',
        },
      },
    },
    {
      name: 'email',
      type: 'email',
      required: true,
      index: true,
      label: { da: 'E-mail', en: 'E-mail' },
      access: inviterOnly,
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { da: 'Navn', en: 'Name' },
      access: inviterOnly,
    },
    {
      name: 'title',
      type: 'text',
      maxLength: 200,
      label: { da: 'Stilling', en: 'Job title' },
      access: inviterOnly,
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'ngo-editor',
      label: { da: 'Rolle', en: 'Role' },
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      // A consultant is offered only what they may invite; the hook refuses the rest.
      filterOptions: ({ options, req }) =>
        checkRole(['admin'], req.user)
          ? options
          : options.filter((option) =>
              consultantInvitableRoles.includes(
                (typeof option === 'string' ? option : option.value) as (typeof roles)[number],
              ),
            ),
      access: inviterOnly,
    },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      label: { da: 'Kommune', en: 'Municipality' },
      defaultValue: ({ user }) =>
        (user as { municipality?: unknown } | null)?.municipality ?? undefined,
      admin: {
        condition: (_data, siblingData) => municipalRoles.includes(siblingData?.role),
      },
      access: inviterOnly,
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      label: { da: 'Organisation', en: 'Organization' },
      admin: { condition: (_data, siblingData) => siblingData?.role === 'ngo-editor' },
      access: inviterOnly,
    },
    {
      name: 'message',
      type: 'textarea',
      maxLength: 1000,
      label: { da: 'Personlig hilsen (valgfri)', en: 'Personal message (optional)' },
      admin: {
        description: {
          da: 'Står i e-mailen. Skriv aldrig oplysninger om et barn.',
          en: 'Shown in the e-mail. Never write about a child.',
        },
      },
      access: inviterOnly,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { da: 'Status', en: 'Status' },
      options: Object.entries(INVITATION_STATUSES).map(([value, label]) => ({ value, label })),
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      ...danishDateField({
        name: 'expiresAt',
        label: { da: 'Linket udløber', en: 'Link expires' },
        withTime: true,
        admin: { readOnly: true, position: 'sidebar' },
      }),
      access: systemOnly,
    },
    {
      name: 'invitedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { da: 'Inviteret af', en: 'Invited by' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      ...danishDateField({
        name: 'acceptedAt',
        label: { da: 'Taget imod', en: 'Accepted' },
        withTime: true,
        admin: {
          readOnly: true,
          position: 'sidebar',
          condition: (data) => Boolean(data?.acceptedAt),
        },
      }),
      access: systemOnly,
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: { da: 'Konto', en: 'Account' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.user) },
    },
    {
      // The secret of the current link: a resend replaces it, which ends the old link.
      name: 'linkNonce',
      type: 'text',
      hidden: true,
      access: systemOnly,
    },
  ],
  hooks: {
    beforeChange: [prepareInvitation],
    afterChange: [sendInvitation],
  },
  endpoints: [resendEndpoint],
  timestamps: true,
}
