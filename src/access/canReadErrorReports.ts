import type { Access, FieldAccess } from 'payload'

import { checkRole } from './checkRole'
import { organizationOf } from './organizationOf'
import { contentEditorRoles } from './roles'

/**
 * Error reports: consultants and the secretariat read them all; an NGO editor reads the reports
 * about their own organization and its listings (they are e-mailed them too). Nobody else.
 */
export const canReadErrorReports: Access = ({ req: { user } }) => {
  if (checkRole(contentEditorRoles, user)) return true
  const organization = organizationOf(user)
  if (organization) return { organization: { equals: organization } }
  return false
}

/** The reporter's e-mail address is for those who answer: consultants and the secretariat. */
export const canReadReporterEmail: FieldAccess = ({ req: { user } }) =>
  checkRole(contentEditorRoles, user)
