import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RetentionService, type RetentionDue, type RetentionSource } from '@app/access';
import { todayInLondon } from '@app/periods';
import { victimServicesProjection } from '../read-models/victim-services.projection.js';

/**
 * Victim services' retention rule: a victim is due for erasure when every case naming them is closed and
 * the last closure was more than RETENTION_YEARS_AFTER_CLOSURE years ago (default 6); a new referral
 * restarts the clock. Read from vs_cases; while the read model is behind the log, `subjectsDue` reports
 * nobody and `subjectsStillNeeded` keeps everyone asked about.
 */
@Injectable()
export class VictimServicesRetentionSource implements RetentionSource, OnModuleInit {
  readonly name = 'Victim services';
  readonly readModel = victimServicesProjection.name;

  constructor(
    private readonly retention: RetentionService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.retention.register(this);
  }

  async subjectsDue({ now, yearsAfterClosure }: { now: Date; yearsAfterClosure: number }): Promise<RetentionDue[]> {
    const rows: { subject_id: string; last_closed: string }[] = await this.dataSource.query(
      `SELECT person_id AS subject_id, max(closed_on)::text AS last_closed FROM vs_cases
       WHERE NOT erased GROUP BY person_id
       HAVING bool_and(closed_on IS NOT NULL)
          AND max(closed_on) < (CAST($1 AS date) - make_interval(years => CAST($2 AS int)))::date
       ORDER BY person_id`,
      [todayInLondon(now), yearsAfterClosure],
    );
    return rows.map((row) => ({
      subjectId: row.subject_id,
      reason: `last victim-service case naming them closed ${row.last_closed}; kept ${yearsAfterClosure} years after closure`,
    }));
  }

  /** Of these people, those a victim-service case still needs: an open case, or one closed less than the retention period ago. */
  async subjectsStillNeeded(
    subjectIds: readonly string[],
    { now, yearsAfterClosure }: { now: Date; yearsAfterClosure: number },
  ): Promise<ReadonlySet<string>> {
    if (subjectIds.length === 0) return new Set();
    const rows: { subject_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT person_id AS subject_id FROM vs_cases
       WHERE person_id = ANY($1)
         AND (closed_on IS NULL OR closed_on >= (CAST($2 AS date) - make_interval(years => CAST($3 AS int)))::date)`,
      [[...subjectIds], todayInLondon(now), yearsAfterClosure],
    );
    return new Set(rows.map((row) => row.subject_id));
  }
}
