import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProjectionsService } from '@app/projections';
import { CaseSubject } from './case-subject.entity.js';
import { maracRetentionProjection } from './retention.projection.js';

/** How long system work waits for the case subjects to catch up with the log before it gives up (and is retried). */
const CATCH_UP_WAIT_MS = 10_000;

/** Who MARAC cases name (marac_case_subjects), for system work that starts from a person rather than a case. */
@Injectable()
export class CaseSubjectsReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: ProjectionsService,
  ) {}

  /**
   * The victims of every case naming one of these person records as a perpetrator. Read once the read model
   * has caught up with the log (a case referred just before a merge counts); throws while it is behind, so
   * the process manager that asks retries rather than miss a victim.
   */
  async victimsOfPerpetrators(perpetratorRecordIds: readonly string[]): Promise<string[]> {
    if (perpetratorRecordIds.length === 0) return [];
    if (!(await this.projections.isCaughtUp(maracRetentionProjection.name, CATCH_UP_WAIT_MS))) {
      throw new Error(
        `${maracRetentionProjection.name} is behind the log; the victims of a merged perpetrator are read once it catches up`,
      );
    }
    const rows = await this.dataSource
      .createQueryBuilder(CaseSubject, 'victim')
      .innerJoin(CaseSubject, 'perpetrator', "perpetrator.case_id = victim.case_id AND perpetrator.role = 'perpetrator'")
      .select('DISTINCT victim.subject_id', 'subject_id')
      .where("victim.role = 'victim'")
      .andWhere('perpetrator.subject_id = ANY(:perpetratorRecordIds)', { perpetratorRecordIds })
      .orderBy('victim.subject_id')
      .getRawMany<{ subject_id: string }>();
    return rows.map((row) => row.subject_id);
  }
}
