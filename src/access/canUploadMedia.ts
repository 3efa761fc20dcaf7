import type { Access } from 'payload'

import { checkRole } from './checkRole'

/** Those who write content may attach images and PDFs to it; caseworkers only read. */
export const canUploadMedia: Access = ({ req: { user } }) =>
  checkRole(['admin', 'consultant', 'ngo-editor'], user)
