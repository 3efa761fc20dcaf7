/**
 * `npm run import -- <file…> [--dry-run] [--skip-invalid] [--bulk]` and `npm run export -- [--out <file>]
 * [--csv]`. Run by the launcher (src/launcher/cli.ts) with the database environment set.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import config from '@payload-config'
import { getPayload } from 'payload'

import { log } from '@/launcher/log'

import { listingsToCsv } from './csv'
import { exportBundle } from './exporter'
import { formatIssue } from './format'
import { importFiles, type ImportReport } from './importer'
import { importSections } from './sections'

const sectionLabels = new Map<string, string>(
  importSections.map((section) => [section.name, section.labels.many]),
)

function progressPrinter() {
  let lastShown = -1
  return (done: number, total: number) => {
    const percent = Math.floor((done / total) * 100)
    if (process.stdout.isTTY) {
      const width = 30
      const filled = Math.round((done / total) * width)
      process.stdout.write(
        `\r  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
      )
      if (done === total) process.stdout.write('\n')
    } else if (total >= 50 && percent >= lastShown + 10) {
      lastShown = percent - (percent % 10)
      console.log(`  ${done}/${total} (${percent} %)`)
    }
  }
}

function printReport(report: ImportReport) {
  for (const issue of report.issues) console.log(`  ✖ ${formatIssue(issue)}`)
  for (const note of report.notes) console.log(`  ℹ ${formatIssue(note)}`)
  const lines = Object.entries(report.counts)
    .filter(([, c]) => c.created + c.updated + c.unchanged > 0)
    .map(
      ([section, c]) =>
        `  ${sectionLabels.get(section)}: ${c.created} nye, ${c.updated} opdateret, ${c.unchanged} uændret`,
    )
  if (lines.length) console.log(lines.join('\n'))
}

async function runImport(files: string[], dryRun: boolean, skipInvalid: boolean, bulk: boolean) {
  const payload = await getPayload({ config })
  try {
    const started = Date.now()
    const report = await importFiles(
      payload,
      files.map((file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)),
      { dryRun, skipInvalid, bulk, onProgress: progressPrinter() },
    )
    printReport(report)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    if (report.issues.length > 0 && !skipInvalid) {
      log.error(
        `${report.issues.length} fejl: intet er skrevet. Ret fejlene, eller kør med --skip-invalid for at importere resten.`,
      )
      return 1
    }
    if (dryRun) log.info(`Prøvekørsel (--dry-run) på ${seconds} s: intet er skrevet.`)
    else
      log.info(
        `Import færdig på ${seconds} s${report.issues.length ? `; ${report.issues.length} fejl sprunget over` : ''}.`,
      )
    return 0
  } finally {
    await payload.destroy()
  }
}

async function runExport(out: string | undefined, csv: boolean) {
  const payload = await getPayload({ config })
  try {
    const bundle = await exportBundle(payload)
    const text = csv
      ? listingsToCsv(bundle.listings as unknown as Record<string, unknown>[])
      : `${JSON.stringify(bundle, null, 2)}\n`
    if (out) {
      const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), out)
      await writeFile(target, text)
      log.info(
        `Eksporteret til ${target}: ${csv ? `${bundle.listings.length} opslag (CSV)` : importSections.map(({ name, labels }) => `${bundle[name].length} ${labels.many}`).join(', ')}.`,
      )
    } else {
      process.stdout.write(text)
    }
    return 0
  } finally {
    await payload.destroy()
  }
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2)
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
      bulk: { type: 'boolean', default: false },
      out: { type: 'string', short: 'o' },
      csv: { type: 'boolean', default: false },
    },
  })
  if (command === 'import') {
    if (positionals.length === 0) {
      log.error(
        'Angiv en eller flere filer: npm run import -- <fil.json|fil.csv> [--dry-run] [--skip-invalid] [--bulk]',
      )
      return 2
    }
    return runImport(positionals, values['dry-run'], values['skip-invalid'], values.bulk)
  }
  if (command === 'export') return runExport(values.out, values.csv)
  log.error('Brug: import <filer…> | export [--out fil] [--csv]')
  return 2
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    log.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
