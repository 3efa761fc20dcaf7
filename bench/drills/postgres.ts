/**
 * `npm run drill:postgres`: kill -9 the embedded Postgres in the middle of 1,000 writes of
 * published offers under search load, on throw-away services of its own. Passes when /api/health
 * answered 503 during the outage (and never went unanswered), the launcher restarted Postgres, the
 * same portal process recovered (no restart of the app), no acknowledged (2xx) write is lost, and
 * the search index equals Postgres afterwards (the jobs runner reconnected). Prints the figures;
 * exits 1 on failure.
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
  StatusCounts,
  tailOf,
  waitForIndexEqual,
} from './harness'

const WRITES = 1000
const KILL_AT = 400
const RECOVER_WITHIN_MS = 30_000

async function main() {
  const environment = await startDrillEnvironment('postgres')
  const { env, baseURL, services, next } = environment
  const failures: string[] = []
  try {
    const nextPid = next.child.pid
    const token = await login(baseURL)
    const searches = startSearchLoad(baseURL, { workers: 1 })
    const supervisor = services.supervisors.postgres!

    // /api/health every 100 ms, each answer with its time.
    const health: Array<{ at: number; status: number | 'network' }> = []
    let polling = true
    const poller = (async () => {
      while (polling) {
        const status = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(10_000) })
          .then(async (response) => {
            await response.arrayBuffer()
            return response.status
          })
          .catch(() => 'network' as const)
        health.push({ at: Date.now(), status })
        await sleep(100)
      }
    })()

    let killedAt: number | undefined
    let killedPid: number | undefined
    const writes = await runWrites(baseURL, token, {
      total: WRITES,
      onProgress: (done) => {
        if (done !== KILL_AT) return
        killedPid = supervisor.current()!.pid
        killedAt = Date.now()
        process.kill(killedPid, 'SIGKILL')
        say(`kill -9 Postgres (pid ${killedPid}) after ${done} writes`)
      },
    })
    say(`${WRITES} writes done in ${seconds(writes.ms)} (${writes.statuses})`)
    // Health settles (200 again), then the load stops.
    const settle = Date.now()
    while (health.at(-1)?.status !== 200 && Date.now() - settle < 60_000) await sleep(200)
    polling = false
    await poller
    await searches.stop()

    const afterKill = killedAt ? health.filter((entry) => entry.at >= killedAt!) : []
    const firstDown = afterKill.find((entry) => entry.status !== 200)
    const recovered = firstDown
      ? afterKill.find((entry) => entry.at > firstDown.at && entry.status === 200)
      : undefined
    const outage = afterKill.filter(
      (entry) => firstDown && entry.at >= firstDown.at && (!recovered || entry.at < recovered.at),
    )
    const outageStatuses = new StatusCounts()
    for (const entry of outage) outageStatuses.add(entry.status)
    const allHealth = new StatusCounts()
    for (const entry of health) allHealth.add(entry.status)
    const firstWriteAfter = writes.records
      .filter((record) => killedAt && record.at > (firstDown?.at ?? killedAt))
      .find((record) => typeof record.status === 'number' && record.status < 300)
    const recoveryMs = recovered && killedAt ? recovered.at - killedAt : undefined
    const postgresBack = environment.supervisorLog.find(
      (entry) => killedAt && entry.at >= killedAt && entry.line.startsWith('Postgres is back'),
    )

    const converged = await waitForIndexEqual(env, 120_000)
    const comparison = converged.comparison ?? (await compareIndex(env))
    const lost = await lostWrites(env.DATABASE_URI, writes.records)
    const appSurvived = next.child.exitCode === null && next.child.signalCode === null
    const acknowledged = writes.statuses.count((s) => s.startsWith('2'))
    const failedWrites = WRITES - acknowledged

    if (killedAt === undefined) failures.push('Postgres was never killed')
    if (outageStatuses.count((s) => s === '503') === 0) {
      failures.push('/api/health never answered 503 during the outage')
    }
    if (outageStatuses.count((s) => s !== '503') > 0) {
      failures.push(`/api/health answered other than 503 during the outage (${outageStatuses})`)
    }
    if (allHealth.count((s) => s === 'network') > 0) failures.push('/api/health went unanswered')
    if (!postgresBack) failures.push('the launcher did not restart Postgres')
    if (recoveryMs === undefined || recoveryMs > RECOVER_WITHIN_MS) {
      failures.push(`the portal did not recover within ${RECOVER_WITHIN_MS / 1000} s`)
    }
    if (!appSurvived || next.child.pid !== nextPid) failures.push('the portal process ended')
    const uncaught = appLogLines(environment.nextLog, /uncaughtException|unhandledRejection/)
    if (uncaught.length > 0) failures.push(`the portal had ${uncaught.length} uncaught exceptions`)
    if (lost.lost.length > 0) failures.push(`${lost.lost.length} acknowledged writes are lost`)
    if (!comparison.equal) failures.push('the search index does not equal Postgres')

    const report = [
      `# Drill: kill -9 Postgres under load (${new Date().toISOString()})`,
      '',
      `- writes: ${WRITES} (create/update published offers over REST, 4 at a time) in ${seconds(writes.ms)}; statuses ${writes.statuses}`,
      `- answers to writes that failed: ${[...writes.failures].map(([reason, n]) => `${n} × ${reason}`).join('; ') || 'none'}`,
      `- kill -9 Postgres after write ${KILL_AT}; writes that failed during the outage: ${failedWrites}`,
      `- /api/health polled every 100 ms: ${allHealth}; during the outage: ${outageStatuses} over ${firstDown && recovered ? seconds(recovered.at - firstDown.at) : '?'}`,
      `- Postgres restarted by the launcher after: ${postgresBack && killedAt ? seconds(postgresBack.at - killedAt) : 'never'}`,
      `- portal healthy again (200) after: ${recoveryMs !== undefined ? seconds(recoveryMs) : 'never'} (target ≤ ${RECOVER_WITHIN_MS / 1000} s); first acknowledged write after the outage: ${firstWriteAfter && killedAt ? `+${seconds(firstWriteAfter.at - killedAt)}` : 'none'}`,
      `- same portal process throughout (pid ${nextPid}, not restarted): ${appSurvived && next.child.pid === nextPid ? 'yes' : 'NO'}; uncaught exceptions in its log: ${uncaught.length}`,
      `- searches during the drill: GET /api/search ${searches.api}; portal /soeg ${searches.page}; under way during the outage: ${firstDown && recovered ? searches.during(firstDown.at, recovered.at) : '?'}`,
      `- acknowledged writes checked in Postgres: ${lost.checked} offers, lost: ${lost.lost.length}`,
      `- index equals Postgres afterwards: ${comparison.equal ? 'yes' : 'NO'}${converged.ms !== undefined ? `, ${seconds(converged.ms)} after the load` : ''} (${comparison.published} published, ${comparison.indexed} indexed)`,
      `- result: ${failures.length === 0 ? 'PASS' : `FAIL (${failures.join('; ')})`}`,
      '',
      'Launcher log after the kill:',
      '',
      ...environment.supervisorLog
        .filter((entry) => killedAt && entry.at >= killedAt)
        .map((entry) => `    +${seconds(entry.at - killedAt!)} ${entry.line}`),
      '',
      'Portal log on the database and its recovery:',
      '',
      ...appLogLines(
        environment.nextLog,
        /connection was lost|Released|could not be committed|uncaught|Reconnecting|LISTEN/i,
      ).map((line) => `    ${line}`),
    ].join('\n')
    console.log(`\n${report}\n`)
    if (lost.lost.length > 0) console.log(lost.lost.slice(0, 10).join('\n'))
    saveResult('postgres', report)
  } catch (error) {
    failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error))
  } finally {
    if (failures.length > 0) {
      console.error(`[drill] FAILED: ${failures.join('; ')}`)
      console.error(`[drill] Portal log (last lines):\n${tailOf(environment.nextLog)}`)
    }
    // DRILL_KEEP=1 keeps the data and logs of a passing drill too.
    await environment.stop(failures.length > 0 || process.env.DRILL_KEEP === '1')
  }
  process.exit(failures.length === 0 ? 0 : 1)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
