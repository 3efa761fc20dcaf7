/**
 * `npm run drill:meilisearch`: kill -9 the embedded Meilisearch in the middle of 1,000 writes of
 * published offers under search load, on throw-away services of its own. Passes when searches
 * answered throughout (no 5xx, no dropped request), the launcher had Meilisearch back within 10 s,
 * every acknowledged write is in Postgres, and the search index equals Postgres afterwards (ids and
 * update times of every published document). Prints the figures; exits 1 on failure.
 */
import {
  appLogLines,
  compareIndex,
  lostWrites,
  login,
  runWrites,
  saveResult,
  say,
  seconds,
  sleep,
  startDrillEnvironment,
  startSearchLoad,
  tailOf,
  waitForIndexEqual,
} from './harness'

const WRITES = 1000
const KILL_AT = 400
const BACK_WITHIN_MS = 10_000

async function main() {
  const environment = await startDrillEnvironment('meilisearch')
  const { env, baseURL, services } = environment
  const failures: string[] = []
  let keepData = false
  try {
    const baseline = await waitForIndexEqual(env, 60_000)
    say(`Index equals Postgres before the drill: ${baseline.ms !== undefined ? 'yes' : 'NO'}`)
    const token = await login(baseURL)
    const searches = startSearchLoad(baseURL)
    const supervisor = services.supervisors.meilisearch!
    let killedAt: number | undefined
    let killedPid: number | undefined
    let backAt: number | undefined

    // Meilisearch is back when a new process answers its health check.
    const watchBack = async () => {
      while (backAt === undefined && Date.now() - killedAt! < 60_000) {
        const pid = supervisor.current()?.pid
        if (pid && pid !== killedPid) {
          const healthy = await fetch(`${env.MEILI_HOST}/health`, {
            signal: AbortSignal.timeout(500),
          })
            .then((response) => response.ok)
            .catch(() => false)
          if (healthy) backAt = Date.now()
        }
        await sleep(50)
      }
    }
    let watching: Promise<void> | undefined

    const writes = await runWrites(baseURL, token, {
      total: WRITES,
      onProgress: (done) => {
        if (done !== KILL_AT) return
        killedPid = supervisor.current()!.pid
        killedAt = Date.now()
        process.kill(killedPid, 'SIGKILL')
        say(`kill -9 Meilisearch (pid ${killedPid}) after ${done} writes`)
        watching = watchBack()
      },
    })
    await watching
    await searches.stop()
    say(`${WRITES} writes done in ${seconds(writes.ms)} (${writes.statuses})`)

    const converged = await waitForIndexEqual(env, 120_000)
    const comparison = converged.comparison ?? (await compareIndex(env))
    const lost = await lostWrites(env.DATABASE_URI, writes.records)
    const restartLines = environment.supervisorLog
      .filter((entry) => killedAt && entry.at >= killedAt)
      .map((entry) => `+${seconds(entry.at - killedAt!)} ${entry.line}`)

    const searchTotal = searches.api.total + searches.page.total
    const serverErrors = searches.api.serverErrors + searches.page.serverErrors
    const dropped =
      searches.api.count((s) => s === 'network') + searches.page.count((s) => s === 'network')
    const back = backAt !== undefined && killedAt !== undefined ? backAt - killedAt : undefined
    const acknowledged = writes.statuses.count((s) => s.startsWith('2'))

    if (killedAt === undefined) failures.push('Meilisearch was never killed')
    if (back === undefined || back > BACK_WITHIN_MS) {
      failures.push(`Meilisearch was not back within ${BACK_WITHIN_MS / 1000} s`)
    }
    if (serverErrors > 0) failures.push(`${serverErrors} searches answered 5xx`)
    if (dropped > 0) failures.push(`${dropped} searches got no answer`)
    if (!comparison.equal) failures.push('the search index does not equal Postgres')
    if (lost.lost.length > 0) failures.push(`${lost.lost.length} acknowledged writes are lost`)
    const uncaught = appLogLines(environment.nextLog, /uncaughtException|unhandledRejection/)
    if (uncaught.length > 0) failures.push(`the portal had ${uncaught.length} uncaught exceptions`)
    if (acknowledged < WRITES * 0.9)
      failures.push(`only ${acknowledged} of ${WRITES} writes succeeded`)

    const report = [
      `# Drill: kill -9 Meilisearch under load (${new Date().toISOString()})`,
      '',
      `- writes: ${WRITES} (create/update published offers over REST, 4 at a time) in ${seconds(writes.ms)}; statuses ${writes.statuses}`,
      `- kill -9 Meilisearch after write ${KILL_AT}`,
      `- Meilisearch back (new process answering /health) after: ${back !== undefined ? seconds(back) : 'never'} (target ≤ ${BACK_WITHIN_MS / 1000} s)`,
      `- searches during the drill: ${searchTotal}; GET /api/search ${searches.api} (${searches.degraded()} answered from Postgres); portal /soeg ${searches.page}`,
      `- searches under way while Meilisearch was down (kill → back): ${killedAt && backAt ? searches.during(killedAt, backAt) : '?'}`,
      `- searches answered 5xx: ${serverErrors}; without an answer: ${dropped}`,
      `- index equals Postgres: ${comparison.equal ? 'yes' : 'NO'}, ${converged.ms !== undefined ? `${seconds(converged.ms)} after the last write` : 'not within 120 s'} (${comparison.published} published, ${comparison.indexed} indexed, missing ${comparison.missing.length}, extra ${comparison.extra.length}, stale ${comparison.stale.length})`,
      `- acknowledged writes checked in Postgres: ${lost.checked} offers, lost: ${lost.lost.length}; uncaught exceptions in the portal's log: ${uncaught.length}`,
      `- result: ${failures.length === 0 ? 'PASS' : `FAIL (${failures.join('; ')})`}`,
      '',
      'Launcher log after the kill:',
      '',
      ...restartLines.map((line) => `    ${line}`),
      '',
      'Portal log on search and its recovery:',
      '',
      ...appLogLines(environment.nextLog, /reconcil|reachable again|Released|uncaught/i).map(
        (line) => `    ${line}`,
      ),
    ].join('\n')
    console.log(`\n${report}\n`)
    if (lost.lost.length > 0) console.log(lost.lost.slice(0, 10).join('\n'))
    if (!comparison.equal) {
      console.log(`missing: ${comparison.missing.slice(0, 10).join(', ')}`)
      console.log(`stale: ${comparison.stale.slice(0, 10).join(', ')}`)
      console.log(`extra: ${comparison.extra.slice(0, 10).join(', ')}`)
    }
    saveResult('meilisearch', report)
  } catch (error) {
    failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error))
  } finally {
    if (failures.length > 0) {
      keepData = true
      console.error(`[drill] FAILED: ${failures.join('; ')}`)
      console.error(`[drill] Portal log (last lines):\n${tailOf(environment.nextLog)}`)
    }
    await environment.stop(keepData)
  }
  process.exit(failures.length === 0 ? 0 : 1)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
