import type { Role } from '@/access/roles'

/** The demo logins of the embedded setup; all share the password below. Invented people. */
export const DEMO_PASSWORD = 'demo1234'

export type DemoUser = {
  email: string
  name: string
  title: string
  role: Role
  /** Municipality code, for caseworkers and consultants. */
  municipalityCode?: string
  /** externalId of the organization an NGO editor writes for (from the sample content). */
  organizationKey?: string
  /** A consultant who answers for every organization that has nobody (reminders, reports). */
  responsibleForOrganizations?: boolean
}

export const demoUsers: DemoUser[] = [
  {
    email: 'admin@videnportal.local',
    name: 'Sekretariatet (demo)',
    title: 'Sekretariatsleder',
    role: 'admin',
  },
  {
    email: 'konsulent@videnportal.local',
    name: 'Karen Konsulent (demo)',
    title: 'Udviklingskonsulent',
    role: 'consultant',
    municipalityCode: '259',
    responsibleForOrganizations: true,
  },
  {
    email: 'sagsbehandler@videnportal.local',
    name: 'Sune Sagsbehandler (demo)',
    title: 'Socialrådgiver',
    role: 'caseworker',
    municipalityCode: '259',
  },
  {
    email: 'ngo@videnportal.local',
    name: 'Nina NGO-redaktør (demo)',
    title: 'Frivilligkoordinator',
    role: 'ngo-editor',
    organizationKey: 'org-pusterummet',
  },
]
