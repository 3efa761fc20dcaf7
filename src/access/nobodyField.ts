import type { FieldAccess } from 'payload'

/** A field only the system sets (through the Local API, with overrideAccess): nobody changes it. */
export const nobodyField: FieldAccess = () => false
