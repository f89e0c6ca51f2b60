import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { APP_CONFIG, DATABASE_URL, errorSummary, type AppConfig } from '@app/platform';
import { failureKind } from '../process-managers/failure-kind.js';
import { underAdvisoryLock } from '../registry/under-advisory-lock.js';
import type { DeadlineRequest } from '../process-managers/process-manager.js';
import { deriveDeadlineCommandId } from '../process-managers/reaction-ids.js';
import { buildDeadlineCommand, type DeadlineCommand } from './deadline-commands.js';

/** pg-boss keeps its tables in a schema of its own, beside ours, on the same database. */
export const DEADLINE_SCHEMA = 'pgboss';
const QUEUE = 'deadlines';
/**
 * Deadlines one worker fetches at a time. pg-boss waits its polling interval after every fetch, so this is
 * how many can fire each half second: a backlog (deadlines that fell due while no process ran, or a demo's
 * past dates) drains in seconds, not minutes.
 */
const DEADLINES_PER_FETCH = 20;

export interface ScheduleDeadline extends DeadlineRequest {
  /** Derived from what asked for it (a reaction's or a command's id), so asking twice schedules it once. */
  id: string;
  correlationId?: string;
  /** The process manager or handler that asked: shown when deadlines are listed. */
  scheduledBy: string;
}

/** What is stored with each deadline (the pg-boss job's data). */
interface DeadlineData {
  deadlineId: string;
  key: string;
  dueAt: string;
  command: DeadlineCommand;
  correlationId: string;
  scheduledBy: string;
}

export interface PendingDeadline {
  id: string;
  key: string;
  dueAt: Date;
  commandType: string;
  scheduledBy: string;
  /** `created` (waiting for its time) or `retry` (fired, failed, will fire again). */
  state: string;
}

/**
 * Commands scheduled for a future time, kept by pg-boss in PostgreSQL: they survive restarts, and each due
 * deadline is fetched by one worker of all the processes (SKIP LOCKED). A deadline fires by dispatching
 * its command through the CommandBus with a command id derived from the deadline's id, so a second firing
 * (the worker died before pg-boss recorded completion) appends nothing twice. Workers run where
 * projections run (RUN_PROJECTIONS, or apps/projector); every process can schedule and cancel.
 */
@Injectable()
export class Deadlines implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Deadlines');
  private boss?: Promise<PgBoss>;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly commandBus: CommandBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const boss = await this.started();
    if (this.config.runProjections) {
      await boss.work<DeadlineData>(QUEUE, { batchSize: DEADLINES_PER_FETCH, pollingIntervalSeconds: 0.5 }, (jobs) =>
        this.fireAll(boss, jobs),
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = await this.boss?.catch(() => undefined);
    this.boss = undefined;
    // Waits for a deadline being fired to finish, then closes pg-boss's pool: nothing is left running.
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** pg-boss, started once (whoever asks first: the bootstrap, or a process manager scheduling during it). */
  private started(): Promise<PgBoss> {
    this.boss ??= this.start();
    return this.boss;
  }

  private async start(): Promise<PgBoss> {
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: DEADLINE_SCHEMA,
      max: 2,
      application_name: 'safer-panels-deadlines',
      // Only the processes that fire deadlines run pg-boss's maintenance (expiry, archiving).
      supervise: this.config.runProjections,
      schedule: false,
    });
    boss.on('error', (error) => this.logger.error({ err: errorSummary(error) }, 'deadline queue error'));
    await boss.start();
    // pg-boss 10 creates a queue (a partition of its job table) unlocked: two processes creating it at once
    // deadlock, so the first start of several processes creates it under a lock, and the others find it.
    await underAdvisoryLock(this.dataSource, 'deadline_queue', async () => {
      if (await boss.getQueue(QUEUE)) return;
      await boss.createQueue(QUEUE, {
        name: QUEUE,
        policy: 'standard',
        retryLimit: 10,
        retryDelay: 5,
        retryBackoff: true,
        expireInSeconds: 300,
      });
    });
    return boss;
  }

  /** Schedules a deadline; scheduling the same id again (a replayed reaction) changes nothing. */
  async schedule(request: ScheduleDeadline): Promise<void> {
    const data: DeadlineData = {
      deadlineId: request.id,
      key: request.key,
      dueAt: request.dueAt.toISOString(),
      command: request.command,
      correlationId: request.correlationId ?? request.id,
      scheduledBy: request.scheduledBy,
    };
    // pg-boss inserts with ON CONFLICT DO NOTHING on the job id: a second send returns null and adds nothing.
    await (await this.started()).send(QUEUE, data, { id: request.id, startAfter: request.dueAt });
  }

  /** Cancels every pending deadline with this key; one that has already fired is left as it is. Returns how many. */
  async cancel(key: string): Promise<number> {
    const ids = (await this.pending(key)).map((deadline) => deadline.id);
    if (ids.length) await (await this.started()).cancel(QUEUE, ids);
    return ids.length;
  }

  /** Deadlines that have not fired yet, soonest first (all, or those with one key). */
  async pending(key?: string): Promise<PendingDeadline[]> {
    // pg-boss 10 has no query by job data; its job table is read directly (documented schema, our own queue).
    const rows: { id: string; data: DeadlineData; state: string; start_after: Date }[] = await this.dataSource.query(
      `SELECT id, data, state, start_after FROM ${DEADLINE_SCHEMA}.job
        WHERE name = $1 AND state IN ('created', 'retry') AND ($2::text IS NULL OR data->>'key' = $2)
        ORDER BY start_after, id`,
      [QUEUE, key ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      key: row.data.key,
      dueAt: new Date(row.data.dueAt),
      commandType: row.data.command.type,
      scheduledBy: row.data.scheduledBy,
      state: row.state,
    }));
  }

  /**
   * Waits until every deadline due by now has fired (none waiting, retrying or being fired): what a demo or a
   * test needs after a process manager scheduled deadlines already due. Only where deadlines fire (RUN_PROJECTIONS).
   */
  async waitUntilDueFired(timeoutMs = 30_000): Promise<void> {
    const now = new Date();
    const give = Date.now() + timeoutMs;
    for (;;) {
      const [{ due }] = await this.dataSource.query<{ due: number }[]>(
        `SELECT count(*)::int AS due FROM ${DEADLINE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active') AND start_after <= $2`,
        [QUEUE, now],
      );
      if (due === 0) return;
      if (Date.now() > give) throw new Error(`${due} deadlines due by ${now.toISOString()} have not fired within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Fires a fetched batch one by one. One that fails is failed on its own (pg-boss retries it with backoff)
   * and pg-boss completes the rest: it completes only the jobs still active.
   */
  private async fireAll(boss: PgBoss, jobs: readonly PgBoss.Job<DeadlineData>[]): Promise<void> {
    for (const job of jobs) {
      try {
        await this.fire(job.data);
      } catch (error) {
        await boss.fail(QUEUE, job.id, { error: errorSummary(error) });
      }
    }
  }

  private async fire(data: DeadlineData): Promise<void> {
    const command = buildDeadlineCommand(data.command, {
      commandId: deriveDeadlineCommandId(data.deadlineId),
      correlationId: data.correlationId,
      causationId: data.deadlineId,
      actor: `system:deadline:${data.scheduledBy}`,
      occurredAt: new Date().toISOString(),
    });
    try {
      await this.commandBus.execute(command);
    } catch (error) {
      // Refused by the domain (the application was acknowledged in time, say): an outcome, not a failure to retry.
      if (failureKind(error) === 'rejected') {
        this.logger.log(
          { deadline: data.deadlineId, command: data.command.type, outcome: (error as Error).message },
          'deadline command refused',
        );
        return;
      }
      throw error; // pg-boss retries it with backoff
    }
  }
}
