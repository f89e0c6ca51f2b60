import os from 'node:os';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { DataSource } from 'typeorm';
import { boundedContexts } from '@app/contexts';
import { EVENT_STORE, EventCodec, type EventStore } from '@app/event-store';
import { ProjectionsService, rebuildProjections, requireBackgroundDuty, type Projection } from '@app/projections';
import { loadConfig, resolveDatabase } from '@app/platform';
import { AppModule } from '../../api/src/app.module.js';

const DUTY_FLAG = '--duty=';

/**
 * `npm run rebuild -- <projection> [...]` (or `--all`) [--full-speed | --duty=<share>]: replays the log into
 * fresh tables and swaps them in, with a progress bar; the named projections are rebuilt in one pass over the
 * log. Safe while the API and projectors run: the live runners pause only for the swap.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const names = args.filter((arg) => arg !== '--full-speed' && !arg.startsWith(DUTY_FLAG));
  // In the background, the share of the time the rebuild keeps the database busy (rebuildProjections' backgroundDuty).
  const dutyArg = args.find((arg) => arg.startsWith(DUTY_FLAG));
  const backgroundDuty = dutyArg === undefined ? undefined : requireBackgroundDuty(Number(dutyArg.slice(DUTY_FLAG.length)));
  // A rebuild is background work: at the lowest CPU priority, with one database connection busy at a
  // time and resting between pages (half the time by default), the API and projectors sharing the machine
  // keep their latency and the rebuild takes what they leave. `--full-speed` keeps the normal priority and works in parallel (an idle machine, or a
  // maintenance window).
  const background = !args.includes('--full-speed');
  if (!background && backgroundDuty !== undefined) throw new Error('--duty is for a background rebuild: leave it out with --full-speed');
  if (background) os.setPriority(os.constants.priority.PRIORITY_LOW);
  const config = { ...loadConfig(), runProjections: false, logLevel: 'warn' };
  const database = await resolveDatabase(config);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, databaseUrl: database.url, contexts: boundedContexts, http: false }),
    { logger: ['error', 'warn'] },
  );
  try {
    const projections = app.get(ProjectionsService);
    const chosen = names.includes('--all') ? projections.projections : names.map((name) => projections.find(name));
    if (chosen.length === 0 || chosen.some((p) => p === undefined)) {
      const known = projections.projections.map((p) => p.name).join(', ') || '(none)';
      throw new Error(`name the projections to rebuild, or --all (and --full-speed to keep normal CPU priority). Known: ${known}`);
    }
    const bar = new SingleBar(
      { format: `${chosen.map((p) => p!.name).join(', ')} [{bar}] {percentage}% | {value}/{total} events | {eta_formatted} left` },
      Presets.shades_classic,
    );
    bar.start(1, 0);
    const started = Date.now();
    const result = await rebuildProjections(
      app.get(DataSource),
      app.get<EventStore>(EVENT_STORE),
      app.get(EventCodec),
      chosen as Projection[],
      {
        background,
        backgroundDuty,
        onProgress: (done, total) => {
          bar.setTotal(Math.max(total, 1));
          bar.update(done);
        },
      },
    );
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    for (const projection of chosen) process.stdout.write(`${projection!.name}: ${result.eventsByProjection[projection!.name]} events\n`);
    process.stdout.write(`rebuilt ${chosen.length} projection(s) from ${result.events} events of the log in ${seconds.toFixed(1)} s\n`);
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
