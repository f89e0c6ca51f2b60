import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RetentionService, type RetentionDue, type RetentionInput, type RetentionSource } from '@app/access';
import { todayInLondon } from '@app/periods';
import { CaseSubject } from '../read-models/case-subject.entity.js';
import { RetentionCase } from '../read-models/retention-case.entity.js';
import { maracRetentionProjection } from '../read-models/retention.projection.js';

/** The first day still inside the retention period (`:today`, `:years`). */
const RETENTION_CUTOFF = '(CAST(:today AS date) - make_interval(years => CAST(:years AS int)))::date';

/**
 * MARAC's retention rule: a person named in MARAC cases (victim or perpetrator) is due for erasure
 * when every case naming them is closed and the last of those closures was more than
 * RETENTION_YEARS_AFTER_CLOSURE years ago. A re-referral of the same person (a new case naming them)
 * restarts the clock, since that case is open or closed more recently. Read from the
 * `marac_retention` read model; while it is behind the log (a re-referral it has not seen yet) the
 * sweep reports nobody rather than risk erasing someone whose case was just reopened.
 */
@Injectable()
export class MaracRetentionSource implements RetentionSource, OnModuleInit {
  readonly name = 'MARAC';
  readonly readModel = maracRetentionProjection.name;

  constructor(
    private readonly retention: RetentionService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.retention.register(this);
  }

  async subjectsDue({ now, yearsAfterClosure }: RetentionInput): Promise<RetentionDue[]> {
    const rows = await this.lastClosures(now, yearsAfterClosure)
      .having("bool_and(c.status = 'closed')")
      .andHaving(`max(c.closed_on) < ${RETENTION_CUTOFF}`)
      .getRawMany<{ subject_id: string; last_closed: string }>();
    return rows.map((row) => ({
      subjectId: row.subject_id,
      reason: `last MARAC case naming them closed ${row.last_closed}; kept ${yearsAfterClosure} years after closure`,
    }));
  }

  /** The people named in a MARAC case that is open or closed within the period; all of them while the read model is behind. */
  async subjectsStillNeeded(subjectIds: readonly string[], { now, yearsAfterClosure }: RetentionInput): Promise<ReadonlySet<string>> {
    if (subjectIds.length === 0) return new Set();
    const rows = await this.lastClosures(now, yearsAfterClosure)
      .andWhere('s.subject_id = ANY(:subjectIds)', { subjectIds })
      .having("NOT bool_and(c.status = 'closed')")
      .orHaving(`max(c.closed_on) >= ${RETENTION_CUTOFF}`)
      .getRawMany<{ subject_id: string }>();
    return new Set(rows.map((row) => row.subject_id));
  }

  /** Per person not yet erased, the last closure of the cases naming them (`:today`, `:years` bound for the cutoff). */
  private lastClosures(now: Date, yearsAfterClosure: number) {
    return this.dataSource
      .createQueryBuilder(CaseSubject, 's')
      .innerJoin(RetentionCase, 'c', 'c.case_id = s.case_id')
      .select('s.subject_id', 'subject_id')
      .addSelect('max(c.closed_on)::text', 'last_closed')
      .where('NOT s.erased')
      .groupBy('s.subject_id')
      .orderBy('s.subject_id')
      .setParameters({ today: todayInLondon(now), years: yearsAfterClosure });
  }
}
