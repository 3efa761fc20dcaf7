/** The roles of ../shared/DESIGN.md. One home: labels, type and the list come from here. */
export const roles = ['admin', 'consultant', 'caseworker', 'ngo-editor'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { da: string; en: string }> = {
  admin: { da: 'Sekretariat (administrator)', en: 'Secretariat (admin)' },
  consultant: { da: 'Udviklingskonsulent', en: 'Development consultant' },
  caseworker: { da: 'Sagsbehandler', en: 'Caseworker' },
  'ngo-editor': { da: 'Redaktør i organisation', en: 'Organization editor' },
}

/** Roles that work for a municipality and therefore name it on their user. */
export const municipalRoles: readonly Role[] = ['caseworker', 'consultant']

/**
 * Named groups, so an access rule says whom it means. Each is a role list for `checkRole`.
 *
 * Content editors write and publish every kind of content and review NGO editors' changes
 * (development consultants and the secretariat).
 */
export const contentEditorRoles: readonly Role[] = ['admin', 'consultant']

/**
 * Staff of the network (secretariat, consultants, caseworkers): they read every published
 * document, internal ones and internal fields included. NGO editors and anonymous readers do not.
 */
export const staffRoles: readonly Role[] = ['admin', 'consultant', 'caseworker']
