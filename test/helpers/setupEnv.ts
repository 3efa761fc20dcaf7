import { afterAll, inject } from 'vitest'

import { closeTestPayload } from './payload'

// Payload reads DATABASE_URI and friends when its config is imported: set them first.
Object.assign(process.env, inject('serviceEnv'))

// Each test file gets its own Payload (and connection pool); close it so pools do not pile up.
afterAll(closeTestPayload)
