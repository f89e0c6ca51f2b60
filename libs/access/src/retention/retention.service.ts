import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.js';
import { ACCESS_CONFIG, type AccessConfig } from '../config/access-config.js';
import { ProjectionsService } from '@app/projections';
import { ErasureService } from '../personal-data/erasure.service.js';

/** How long a sweep waits for a source's read model to catch up with the log before it leaves the source out. */
const CATCH_UP_WAIT_MS = 10_000;

export interface RetentionDue {
  subjectId: string;
  /** Why retention ended, without personal data: `MARAC case closed 2018-04-01; kept 6 years`. */
  reason: string;
}

export interface RetentionInput {
  now: Date;
  yearsAfterClosure: number;
}

/**
 * A bounded context's retention rule. A context registers one in its module (`retention.register(this)` in
 * onModuleInit). `subjectsDue`: the people whose records in this context all ended more than the retention
 * period ago. `subjectsStillNeeded`: which of the given people this context still needs (an open record,
 * or one that ended within the period).
 */
export interface RetentionSource {
  name: string;
  /**
   * The projection the answers come from. While it is behind the log, the sweep takes nobody from this
   * source as due and keeps everyone it asks it about, so no one is erased on a stale view.
   */
  readModel?: string;
  subjectsDue(input: RetentionInput): Promise<RetentionDue[]>;
  subjectsStillNeeded(subjectIds: readonly string[], input: RetentionInput): Promise<ReadonlySet<string>>;
}

/**
 * Who else a data subject is: the records merged with them (the people context registers this). Each
 * answer lists every subject id that reads as the same person, the asked id included.
 */
export interface RetentionSubjectGroups {
  groupsOf(subjectIds: readonly string[]): Promise<string[][]>;
}

/**
 * Rows kept about users rather than data subjects, each with its own retention period (alert e-mail
 * recipients, say): every sweep asks each to delete what is past its period. Answers how many rows went.
 */
export interface RetentionExpiry {
  name: string;
  forgetExpired(now: Date): Promise<number>;
}

export const RETENTION_ACTOR = 'system:retention';

export interface RetentionSweep {
  erased: string[];
  failed: string[];
}

/**
 * Erases, every RETENTION_INTERVAL_MS, the people whose retention period (RETENTION_YEARS_AFTER_CLOSURE
 * after closure, default 6) has ended in every context of their partnership, and records each erasure in
 * the audit log as `system:retention`. A sweep takes the people any source reports as due, widens each to
 * everyone merged with them, and erases the whole group only when no source still needs any member of it
 * (a victim of a MARAC case closed long ago who has an open victim-service case is kept). Each sweep also
 * deletes the rows about users past their own period (`registerExpiry`). One process sweeps at a time
 * (advisory lock).
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private readonly sources: RetentionSource[] = [];
  private readonly expiries: RetentionExpiry[] = [];
  private groups: RetentionSubjectGroups = { groupsOf: (ids) => Promise.resolve(ids.map((id) => [id])) };
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(ACCESS_CONFIG) private readonly config: AccessConfig,
    private readonly erasure: ErasureService,
    private readonly auditLog: AuditLog,
    private readonly dataSource: DataSource,
    private readonly projections: ProjectionsService,
  ) {}

  register(source: RetentionSource): void {
    this.sources.push(source);
  }

  registerExpiry(expiry: RetentionExpiry): void {
    this.expiries.push(expiry);
  }

  /** Merged records are one person: the people context tells the sweep who belongs together. */
  registerSubjectGroups(groups: RetentionSubjectGroups): void {
    this.groups = groups;
  }

  onApplicationBootstrap(): void {
    if (this.config.retentionIntervalMs === 0) return;
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.error({ err: { name: (error as Error)?.name } }, 'retention sweep failed'));
    }, this.config.retentionIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One sweep; returns the subjects erased now (already-erased ones are skipped). */
  async sweep(now: Date = new Date()): Promise<RetentionSweep> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', ['retention-sweep'])) as [
        { locked: boolean },
      ];
      if (!locked) return { erased: [], failed: [] };
      try {
        await this.forgetExpired(now);
        return await this.eraseDue({ now, yearsAfterClosure: this.config.retentionYearsAfterClosure });
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', ['retention-sweep']);
      }
    } finally {
      await runner.release();
    }
  }

  /** Each expiry in turn; one that fails is logged (by name) and the sweep goes on. */
  private async forgetExpired(now: Date): Promise<void> {
    for (const expiry of this.expiries) {
      try {
        const forgotten = await expiry.forgetExpired(now);
        if (forgotten > 0) this.logger.log({ expiry: expiry.name, forgotten }, 'retention: rows past their period deleted');
      } catch (error) {
        this.logger.error({ expiry: expiry.name, err: { name: (error as Error)?.name } }, 'retention expiry failed');
      }
    }
  }

  private async eraseDue(input: RetentionInput): Promise<RetentionSweep> {
    const result: RetentionSweep = { erased: [], failed: [] };
    const current = new Map<RetentionSource, boolean>();
    for (const source of this.sources) current.set(source, await this.readModelCurrent(source));
    const reasons = new Map<string, string[]>();
    for (const source of this.sources) {
      if (!current.get(source)) continue;
      for (const { subjectId, reason } of await source.subjectsDue(input)) {
        reasons.set(subjectId, [...(reasons.get(subjectId) ?? []), `${source.name}: ${reason}`]);
      }
    }
    if (reasons.size === 0) return result;
    const groups = uniqueGroups(await this.groups.groupsOf([...reasons.keys()]));
    const members = [...new Set(groups.flat())];
    const needed = new Set<string>();
    for (const source of this.sources) {
      const stillNeeded = current.get(source) ? await source.subjectsStillNeeded(members, input) : members;
      for (const subjectId of stillNeeded) needed.add(subjectId);
    }
    for (const group of groups) {
      if (group.some((subjectId) => needed.has(subjectId))) continue;
      const purpose = group
        .flatMap((subjectId) => reasons.get(subjectId) ?? [])
        .join('; ')
        .slice(0, 500);
      for (const subjectId of group) await this.eraseOne(subjectId, purpose, result);
    }
    result.erased.sort();
    return result;
  }

  /** Whether the source's read model has caught up with the log (a source without one is always current). */
  private async readModelCurrent(source: RetentionSource): Promise<boolean> {
    if (source.readModel === undefined) return true;
    if (await this.projections.isCaughtUp(source.readModel, CATCH_UP_WAIT_MS)) return true;
    this.logger.warn(
      { source: source.name, projection: source.readModel },
      'retention read model is behind the log; source left out of this sweep',
    );
    return false;
  }

  private async eraseOne(subjectId: string, purpose: string, result: RetentionSweep): Promise<void> {
    try {
      const erased = await this.erasure.erase({ subjectId, reason: purpose, basis: 'retention', actor: RETENTION_ACTOR });
      if (erased.alreadyErased) return;
      await this.auditLog.record({
        actor: RETENTION_ACTOR,
        action: 'retention-erasure',
        recordKind: 'data_subject',
        recordId: subjectId,
        subjectIds: [subjectId],
        partnershipId: erased.partnershipId,
        purpose,
        outcome: 'success',
      });
      result.erased.push(subjectId);
    } catch (error) {
      // Unknown subjects (never written with personal data) are not an error worth stopping for.
      if ((error as { kind?: string }).kind === 'not-found') return;
      result.failed.push(subjectId);
      this.logger.error({ err: { name: (error as Error)?.name } }, 'retention erasure failed');
    }
  }
}

/** Groups with the same members once each (two due records of one merged person give one group). */
function uniqueGroups(groups: readonly string[][]): string[][] {
  const byKey = new Map<string, string[]>();
  for (const group of groups) byKey.set([...group].sort().join(','), group);
  return [...byKey.values()];
}
