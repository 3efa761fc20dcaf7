import type { Config, Plugin } from 'payload'

import { errorReportsDailyTask } from './tasks/errorReportsDaily'

/**
 * "Meld en fejl" beyond its collection (src/collections/ErrorReports, listed in payload.config.ts
 * so the input checks cover its text): the daily task (escalation, deletion of reporters' e-mail
 * addresses) on the jobs runner, and the count of waiting reports in the admin navigation.
 */
export const errorReportsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), errorReportsDailyTask],
    },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [
          ...(config.admin?.components?.afterNavLinks ?? []),
          '/components/admin/ErrorReportsNavLink#ErrorReportsNavLink',
        ],
      },
    },
  })
