import path from 'node:path'

import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

/**
 * Two projects: `unit` needs no service and answers in seconds (`npm run test:unit`); `services`
 * (integration and browser tests) starts Postgres, Meilisearch and the built portal once in its
 * global setup. `npm test` runs both.
 */
export default defineConfig({
  plugins: [tsconfigPaths()],
  resolve: {
    // Tests import server modules directly, outside React's server environment.
    alias: {
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'services',
          include: ['test/int/**/*.spec.ts', 'test/e2e/**/*.spec.ts'],
          globalSetup: ['test/helpers/globalSetup.ts'],
          setupFiles: ['test/helpers/setupEnv.ts'],
          // One database for all files: run them one after another.
          fileParallelism: false,
          // Real services, a browser and a production server on two cores: a test that takes
          // 20 s alone can take a minute under load. Timing is for benchmarks, not tests.
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
