import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { PeopleNamedInCasesQuery, type PersonCaseCount } from '@app/people';

/**
 * MARAC's answer to another context (IOM proposing perpetrators for a domestic-abuse strand): the
 * perpetrators of a partnership's cases that are not voided, with how many cases name each; never the victims.
 */
@QueryHandler(PeopleNamedInCasesQuery)
export class PeopleNamedInCasesHandler implements IQueryHandler<PeopleNamedInCasesQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ input }: PeopleNamedInCasesQuery): Promise<PersonCaseCount[]> {
    const rows = await this.dataSource.query<{ person_id: string; cases: number }[]>(
      `SELECT s.subject_id AS person_id, count(DISTINCT s.case_id)::int AS cases
       FROM marac_case_subjects s JOIN marac_case_list l ON l.case_id = s.case_id
       WHERE l.partnership_id = $1 AND s.role = $2 AND NOT s.erased AND l.status <> 'voided'
       GROUP BY s.subject_id HAVING count(DISTINCT s.case_id) >= $3
       ORDER BY cases DESC, s.subject_id`,
      [input.partnershipId, input.role, input.minimumCases ?? 1],
    );
    return rows.map((row) => ({ personId: row.person_id, cases: row.cases }));
  }
}
