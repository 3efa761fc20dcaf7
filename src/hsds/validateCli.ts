import { DEFAULT_SCHEMA_DIR, validateHsdsApi } from './validate'

/**
 * `npm run hsds:validate -- <base URL> [--schemas <dir>] [--per-page <n>] [--max-ids <n>]`:
 * the reference validator's checks against any running portal (see validate.ts). Exit code 1 on
 * any error, so a network can run it against its production after a release.
 */
async function main(argv: string[]) {
  const options: { schemaDir?: string; perPage?: number; maxIdsPerEndpoint?: number } = {}
  let base: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--schemas') options.schemaDir = argv[++i]
    else if (arg === '--per-page') options.perPage = Number(argv[++i])
    else if (arg === '--max-ids') options.maxIdsPerEndpoint = Number(argv[++i])
    else if (!arg.startsWith('--') && !base) base = arg
    else {
      console.error(`Unknown argument: ${arg}`)
      return 2
    }
  }
  if (!base || !/^https?:\/\//.test(base)) {
    console.error(
      'Usage: npm run hsds:validate -- <base URL, e.g. http://localhost:3000> [--schemas <dir>] [--per-page <n>] [--max-ids <n>]',
    )
    console.error(`Schemas are read from ${DEFAULT_SCHEMA_DIR} unless --schemas is given.`)
    return 2
  }
  const started = performance.now()
  const report = await validateHsdsApi(base, { ...options, log: (line) => console.log(line) })
  const times = report.requests.map((r) => r.ms).sort((a, b) => a - b)
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0
  console.log(
    `${report.requests.length} requests, ${report.validated} answers validated, ${report.errors.length} errors, p95 ${p95.toFixed(0)} ms, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  return report.errors.length === 0 ? 0 : 1
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
