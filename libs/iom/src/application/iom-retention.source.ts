import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RetentionService, type RetentionDue, type RetentionSource } from '@app/access';
import { todayInLondon } from '@app/periods';
import { iomMeasuresProjection } from '../read-models/iom-measures.projection.js';

const CUTOFF = '(CAST($1 AS date) - make_interval(years => CAST($2 AS int)))::date';

/**
 * IOM's retention rule (RETENTION_YEARS_AFTER_CLOSURE, default 6): a person on IOM cohorts is due for
 * erasure when they are on no cohort any more and their last exit was more than that many years ago; a
 * re-adoption restarts the clock. Read from the `iom_measures` read model; while it is behind the log (an
 * adoption it has not seen yet) the sweep reports nobody due, and every person asked about as still needed.
 */
@Injectable()
export class IomRetentionSource implements RetentionSource, OnModuleInit {
  readonly name = 'IOM';
  readonly readModel = iomMeasuresProjection.name;

  constructor(
    private readonly retention: RetentionService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.retention.register(this);
  }

  async subjectsDue({ now, yearsAfterClosure }: { now: Date; yearsAfterClosure: number }): Promise<RetentionDue[]> {
    const rows = await this.dataSource.query<{ person_id: string; last_exit: string }[]>(
      `SELECT person_id, max(last_exited_on)::text AS last_exit FROM iom_members
       GROUP BY person_id
       HAVING NOT bool_or(erased) AND NOT bool_or(on_cohort) AND max(last_exited_on) < ${CUTOFF}
       ORDER BY person_id`,
      [todayInLondon(now), yearsAfterClosure],
    );
    return rows.map((row) => ({
      subjectId: row.person_id,
      reason: `last IOM cohort exit ${row.last_exit}; kept ${yearsAfterClosure} years after exit`,
    }));
  }

  /** Of these people, those IOM still needs: on a cohort now, or exited less than `yearsAfterClosure` years ago. */
  async subjectsStillNeeded(
    subjectIds: readonly string[],
    { now, yearsAfterClosure }: { now: Date; yearsAfterClosure: number },
  ): Promise<ReadonlySet<string>> {
    if (subjectIds.length === 0) return new Set();
    const rows = await this.dataSource.query<{ person_id: string }[]>(
      `SELECT DISTINCT person_id FROM iom_members
       WHERE person_id = ANY($3) AND NOT erased AND (on_cohort OR last_exited_on >= ${CUTOFF})`,
      [todayInLondon(now), yearsAfterClosure, [...subjectIds]],
    );
    return new Set(rows.map((row) => row.person_id));
  }
}
