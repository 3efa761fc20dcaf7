import type { Access } from 'payload'

/** For records only the system writes (through the Local API, with overrideAccess). */
export const nobody: Access = () => false
