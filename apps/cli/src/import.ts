import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { Presets, SingleBar } from 'cli-progress';
import type { AuthenticatedUser } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ImportMaracHistoryCommand, type ImportReport } from '@app/marac';
import { loadConfig, resolveDatabase } from '@app/platform';
import { AppModule } from '../../api/src/app.module.js';

const USAGE =
  'usage: npm run import -- marac FILE --partnership ID [--dry-run] [--report REPORT.json]\n' +
  "  Loads a partnership's past MARAC referrals (and hearings) from a CSV, through the same commands as the API.\n" +
  '  Running it again adds nothing; --dry-run checks and matches every row and writes nothing.\n' +
  '  The report (default FILE.report.json) lists every refused row by number, with the reason.';

interface ImportArguments {
  file: string;
  partnershipId: string;
  dryRun: boolean;
  report: string;
}

function parseArguments(args: string[]): ImportArguments {
  const [context, file, ...rest] = args;
  if (context !== 'marac' || !file || file.startsWith('--')) throw new Error(USAGE);
  const valueOf = (flag: string) => {
    const at = rest.indexOf(flag);
    if (at === -1) return undefined;
    const value = rest[at + 1];
    if (!value || value.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    return value;
  };
  const known = new Set(['--partnership', '--report', '--dry-run']);
  const unknown = rest.filter((arg, i) => arg.startsWith('--') && !known.has(arg) && !['--partnership', '--report'].includes(rest[i - 1]));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
  const partnershipId = valueOf('--partnership');
  if (!partnershipId) throw new Error(`--partnership is required\n${USAGE}`);
  return { file, partnershipId, dryRun: rest.includes('--dry-run'), report: valueOf('--report') ?? `${file}.report.json` };
}

/**
 * `npm run import -- marac FILE --partnership ID [--dry-run] [--report PATH]`: imports a MARAC history
 * CSV through the command bus (ImportMaracHistoryCommand, the use case behind `POST /imports/marac`),
 * acting as `system:import`, an admin of that partnership; shows a progress bar and writes the report
 * (JSON: counts, and each refused row by its number and why, with no personal data). Exit 0 when it ran
 * (refused rows are in the report), 1 when it could not (bad arguments, unreadable file, an outage).
 */
async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const csv = await readFile(args.file, 'utf8');
  const caller: AuthenticatedUser = { id: 'system:import', roles: ['admin'], partnerships: [args.partnershipId] };
  // The projections and process managers stay with the API and projectors (they catch up from the log).
  const config = { ...loadConfig(), runProjections: false, logLevel: 'warn' };
  const database = await resolveDatabase(config);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, databaseUrl: database.url, contexts: boundedContexts, http: true }),
    { logger: ['error', 'warn'] },
  );
  try {
    const bar = new SingleBar(
      {
        format: `${args.dryRun ? 'checking' : 'importing'} [{bar}] {percentage}% | {value}/{total} rows`,
        // Shown in a log too (an import run by a scheduler or over ssh without a terminal): a line every few seconds.
        noTTYOutput: true,
        notTTYSchedule: 5000,
      },
      Presets.shades_classic,
    );
    bar.start(1, 0);
    const commandId = randomUUID();
    const report: ImportReport = await app.get(CommandBus).execute(
      new ImportMaracHistoryCommand(
        caller,
        { commandId, correlationId: commandId, causationId: commandId, actor: caller.id, occurredAt: new Date().toISOString() },
        {
          partnershipId: args.partnershipId,
          csv,
          dryRun: args.dryRun,
          onProgress: (done, total) => {
            bar.setTotal(Math.max(total, 1));
            bar.update(done);
          },
        },
      ),
    );
    bar.stop();
    await writeFile(args.report, `${JSON.stringify({ file: args.file, partnershipId: args.partnershipId, ...report }, null, 2)}\n`, {
      mode: 0o600,
    });
    process.stdout.write(
      `${report.dryRun ? 'dry run (nothing written): ' : ''}${report.rows} rows: ${report.imported} imported, ` +
        `${report.alreadyImported} already imported, ${report.refused.length} refused (${report.repeats} repeats); report: ${args.report}\n`,
    );
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
