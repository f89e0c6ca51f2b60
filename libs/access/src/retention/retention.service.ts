import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.js';
import { ACCESS_CONFIG, type AccessConfig } from '../config/access-config.js';
import { ErasureService } from '../personal-data/erasure.service.js';

export interface RetentionDue {
  subjectId: string;
  /** Why retention ended, without personal data: `MARAC case closed 2018-04-01; kept 6 years`. */
  reason: string;
}

/**
 * A bounded context's retention rule: the data subjects whose retention period has ended. A context
 * registers one in its module (`retention.register({ name, subjectsDue })` in onModuleInit).
 */
export interface RetentionSource {
  name: string;
  subjectsDue(input: { now: Date; yearsAfterClosure: number }): Promise<RetentionDue[]>;
}

export const RETENTION_ACTOR = 'system:retention';

export interface RetentionSweep {
  erased: string[];
  failed: string[];
}

/**
 * Erases the subjects every registered source reports as past retention (RETENTION_YEARS_AFTER_CLOSURE,
 * default 6), every RETENTION_INTERVAL_MS, and records each erasure in the audit log as
 * `system:retention`. One process sweeps at a time (advisory lock).
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private readonly sources: RetentionSource[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(ACCESS_CONFIG) private readonly config: AccessConfig,
    private readonly erasure: ErasureService,
    private readonly auditLog: AuditLog,
    private readonly dataSource: DataSource,
  ) {}

  register(source: RetentionSource): void {
    this.sources.push(source);
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
    const result: RetentionSweep = { erased: [], failed: [] };
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', ['retention-sweep'])) as [
        { locked: boolean },
      ];
      if (!locked) return result;
      try {
        for (const source of this.sources) {
          const due = await source.subjectsDue({ now, yearsAfterClosure: this.config.retentionYearsAfterClosure });
          for (const { subjectId, reason } of due) {
            try {
              const erased = await this.erasure.erase({ subjectId, reason, basis: 'retention', actor: RETENTION_ACTOR });
              if (erased.alreadyErased) continue;
              await this.auditLog.record({
                actor: RETENTION_ACTOR,
                action: 'retention-erasure',
                recordKind: 'data_subject',
                recordId: subjectId,
                subjectIds: [subjectId],
                partnershipId: erased.partnershipId,
                purpose: `${source.name}: ${reason}`.slice(0, 500),
                outcome: 'success',
              });
              result.erased.push(subjectId);
            } catch (error) {
              // Unknown subjects (never written with personal data) are not an error worth stopping for.
              if ((error as { kind?: string }).kind === 'not-found') continue;
              result.failed.push(subjectId);
              this.logger.error({ err: { name: (error as Error)?.name }, source: source.name }, 'retention erasure failed');
            }
          }
        }
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', ['retention-sweep']);
      }
    } finally {
      await runner.release();
    }
    return result;
  }
}
