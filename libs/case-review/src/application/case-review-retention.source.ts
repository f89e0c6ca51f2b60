import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RetentionService, type RetentionDue, type RetentionInput, type RetentionSource } from '@app/access';
import { todayInLondon } from '@app/periods';
import { caseReviewProjection } from '../read-models/case-review.projection.js';

/** Every person an application names (applicant and victim), with its closure: the outcome sent, nothing waiting. */
const SUBJECTS = `
  SELECT subject_id, bool_and(stage = 'closed') AS all_closed, max(outcome_sent_on) AS last_closed
  FROM (
    SELECT applicant_person_id AS subject_id, stage, outcome_sent_on FROM case_review_applications
    UNION ALL
    SELECT victim_person_id, stage, outcome_sent_on FROM case_review_applications
  ) named
  GROUP BY subject_id`;
const CUTOFF = '(CAST($1 AS date) - make_interval(years => CAST($2 AS int)))::date';

/**
 * Case Review's retention rule: an applicant or victim is due when every application naming them has its
 * outcome sent and the last was sent more than RETENTION_YEARS_AFTER_CLOSURE years ago; an open application,
 * or one closed since, keeps them. While the read model is behind the log, nobody is due and everyone asked
 * about is still needed.
 */
@Injectable()
export class CaseReviewRetentionSource implements RetentionSource, OnModuleInit {
  readonly name = 'ASB Case Review';
  readonly readModel = caseReviewProjection.name;

  constructor(
    private readonly retention: RetentionService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.retention.register(this);
  }

  async subjectsDue({ now, yearsAfterClosure }: RetentionInput): Promise<RetentionDue[]> {
    const rows = await this.dataSource.query<{ subject_id: string; last_closed: string }[]>(
      `SELECT subject_id, last_closed::text AS last_closed FROM (${SUBJECTS}) s
       WHERE all_closed AND last_closed < ${CUTOFF} ORDER BY subject_id`,
      [todayInLondon(now), yearsAfterClosure],
    );
    return rows.map((row) => ({
      subjectId: row.subject_id,
      reason: `last Case Review naming them closed ${row.last_closed}; kept ${yearsAfterClosure} years after closure`,
    }));
  }

  async subjectsStillNeeded(subjectIds: readonly string[], { now, yearsAfterClosure }: RetentionInput): Promise<ReadonlySet<string>> {
    if (subjectIds.length === 0) return new Set();
    const rows = await this.dataSource.query<{ subject_id: string }[]>(
      `SELECT subject_id FROM (${SUBJECTS}) s
       WHERE subject_id = ANY($3) AND (NOT all_closed OR last_closed >= ${CUTOFF})`,
      [todayInLondon(now), yearsAfterClosure, subjectIds],
    );
    return new Set(rows.map((row) => row.subject_id));
  }
}
