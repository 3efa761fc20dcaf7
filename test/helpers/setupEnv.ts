import { inject } from 'vitest'

// Payload reads DATABASE_URI and friends when its config is imported: set them first.
Object.assign(process.env, inject('serviceEnv'))
