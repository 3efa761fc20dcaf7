import { processRegistry, type Registry } from './registry'

/**
 * The events the app server counts as they happen (in the process where they happen; each app
 * server is scraped on its own, as Prometheus expects): searches and their latency, answers from
 * the Postgres fallback, login failures and locks, e-mails sent and failed.
 */
export function appMetrics(registry: Registry = processRegistry()) {
  return {
    searchDuration: registry.histogram(
      'videnportal_search_duration_seconds',
      'Time to answer a search, by the backend that answered (meilisearch, or postgres when degraded).',
      ['backend'],
    ),
    searchDegraded: registry.counter(
      'videnportal_search_degraded_total',
      'Searches answered from Postgres because Meilisearch could not answer.',
    ),
    loginFailures: registry.counter(
      'videnportal_login_failures_total',
      'Failed logins, by reason: wrong e-mail or password, refused by a lock, or too many from one client.',
      ['reason'],
    ),
    loginLocks: registry.counter(
      'videnportal_login_locks_total',
      'Accounts locked for a client after too many failed logins (the attempt that starts the lock).',
    ),
    mailsSent: registry.counter(
      'videnportal_mails_sent_total',
      'E-mails delivered to the SMTP server.',
    ),
    mailsFailed: registry.counter(
      'videnportal_mails_failed_total',
      'E-mails given up after their last attempt (status failed in the outbox).',
    ),
    mailAttemptsFailed: registry.counter(
      'videnportal_mail_attempts_failed_total',
      'Delivery attempts the SMTP server refused or that could not reach it (retried until the last).',
    ),
  }
}

/** Records one search: how long it took and whether Postgres answered in Meilisearch's place. */
export function recordSearch(result: { degraded: boolean }, seconds: number) {
  const metrics = appMetrics()
  metrics.searchDuration.observe({ backend: result.degraded ? 'postgres' : 'meilisearch' }, seconds)
  if (result.degraded) metrics.searchDegraded.inc()
}
