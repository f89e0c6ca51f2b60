import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RetentionService, type RetentionDue, type RetentionSource } from '@app/access';
import { todayInLondon } from '@app/periods';
import { ProjectionsService } from '@app/projections';
import { maracRetentionProjection } from '../read-models/retention.projection.js';

/** How long a sweep waits for the retention read model to catch up before it leaves MARAC out this time. */
const CATCH_UP_WAIT_MS = 10_000;

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
  private readonly logger = new Logger('MaracRetention');

  constructor(
    private readonly retention: RetentionService,
    private readonly dataSource: DataSource,
    private readonly projections: ProjectionsService,
  ) {}

  onModuleInit(): void {
    this.retention.register(this);
  }

  async subjectsDue({ now, yearsAfterClosure }: { now: Date; yearsAfterClosure: number }): Promise<RetentionDue[]> {
    if (!(await this.caughtUp())) {
      this.logger.warn({ projection: maracRetentionProjection.name }, 'retention read model is behind the log; MARAC left out of this sweep');
      return [];
    }
    const rows: { subject_id: string; last_closed: string }[] = await this.dataSource.query(
      `SELECT s.subject_id, max(c.closed_on)::text AS last_closed
       FROM marac_case_subjects s JOIN marac_retention_cases c ON c.case_id = s.case_id
       WHERE NOT s.erased
       GROUP BY s.subject_id
       HAVING bool_and(c.status = 'closed') AND max(c.closed_on) < ($1::date - make_interval(years => $2::int))::date
       ORDER BY s.subject_id`,
      [todayInLondon(now), yearsAfterClosure],
    );
    return rows.map((row) => ({
      subjectId: row.subject_id,
      reason: `last MARAC case naming them closed ${row.last_closed}; kept ${yearsAfterClosure} years after closure`,
    }));
  }

  private async caughtUp(): Promise<boolean> {
    const deadline = Date.now() + CATCH_UP_WAIT_MS;
    for (;;) {
      const health = (await this.projections.health()).find((projection) => projection.name === maracRetentionProjection.name);
      if (!health) return false;
      if (health.lag === 0) return true;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
