import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DeadLetters, Deadlines, type BoundedContext, type DeadLetter } from '@app/kit';
import { loadConfig, resolveDatabase } from '@app/platform';
import { AppModule } from '../../api/src/app.module.js';

export const USAGE = `usage: npm run dead-letters -- list [--all] [--json] | replay <id>
       npm run deadlines -- list [<key>] [--json]
dead-letters list: reactions of process managers that kept failing (parked) or were refused (rejected), not yet replayed.
dead-letters replay: performs the entry's reaction once more, with the same command id (nothing is appended twice).
deadlines list: deadlines that have not fired yet, soonest first.`;

export class UsageError extends Error {}

/**
 * The operator's commands for process managers and deadlines, over the same app as the API (no HTTP, no
 * runners: RUN_PROJECTIONS is off here). Writes to `out`; the tests run it with their own contexts.
 */
export async function runProcessManagersCli(
  contexts: BoundedContext[],
  tool: 'dead-letters' | 'deadlines',
  args: string[],
  out: (line: string) => void,
): Promise<void> {
  const json = args.includes('--json');
  const [verb, argument] = args.filter((arg) => !arg.startsWith('--'));
  if (verb !== 'list' && !(tool === 'dead-letters' && verb === 'replay' && argument)) throw new UsageError(USAGE);
  const config = { ...loadConfig(), runProjections: false, logLevel: 'warn' };
  const database = await resolveDatabase(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl: database.url, contexts, http: false }), {
    logger: ['error', 'warn'],
  });
  try {
    await app.init();
    if (tool === 'deadlines') {
      const pending = await app.get(Deadlines).pending(argument);
      for (const d of pending)
        out(
          json
            ? JSON.stringify(d)
            : `${d.id}  due ${d.dueAt.toISOString()}  ${d.commandType}  key ${d.key}  by ${d.scheduledBy}  ${d.state}`,
        );
      if (!json) out(`${pending.length} pending deadline(s)`);
      return;
    }
    const letters = app.get(DeadLetters);
    if (verb === 'replay') {
      const replayed = await letters.replay(argument);
      out(json ? JSON.stringify(replayed) : `replayed ${replayed.commandId} (${replayed.processManager}, ${replayed.eventType})`);
      return;
    }
    const listed = await letters.list({ all: args.includes('--all') });
    for (const letter of listed) out(json ? JSON.stringify(letter) : describe(letter));
    if (!json) out(`${listed.length} dead letter(s)`);
  } finally {
    await app.close();
    await database.stop();
  }
}

function describe(letter: DeadLetter): string {
  const replayed = letter.replayedAt ? `  replayed ${letter.replayedAt.toISOString()}` : '';
  return `${letter.commandId}  ${letter.processManager}  ${letter.outcome}  ${letter.eventType} ${letter.streamName}@${letter.streamRevision} reaction ${letter.reactionIndex}  ${letter.attempts} attempt(s)  ${letter.parkedAt.toISOString()}  ${letter.error}${replayed}`;
}

/** Entry point of both commands: prints usage errors plainly, anything else with its message, and exits 1. */
export function mainOf(contexts: BoundedContext[], tool: 'dead-letters' | 'deadlines'): void {
  runProcessManagersCli(contexts, tool, process.argv.slice(2), (line) => process.stdout.write(`${line}\n`)).catch((error: unknown) => {
    process.stderr.write(`${tool} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
