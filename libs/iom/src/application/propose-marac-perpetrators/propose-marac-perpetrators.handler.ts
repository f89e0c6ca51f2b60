import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { assertCallerRole } from '@app/access';
import { InvalidCommandError } from '@app/domain';
import { CommandExecutor } from '@app/event-store';
import { CanonicalPersonIdsQuery, PeopleNamedInCasesQuery } from '@app/people';
import { admitCohort } from '../cohort-access.js';
import { ProposeMaracPerpetratorsQuery, type MaracPerpetratorProposals } from './propose-marac-perpetrators.query.js';

@QueryHandler(ProposeMaracPerpetratorsQuery)
export class ProposeMaracPerpetratorsHandler implements IQueryHandler<ProposeMaracPerpetratorsQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
    private readonly dataSource: DataSource,
  ) {}

  async execute({ caller, input }: ProposeMaracPerpetratorsQuery): Promise<MaracPerpetratorProposals> {
    assertCallerRole(caller, 'iom-lead');
    const cohort = await admitCohort(this.executor, caller, input.cohortId);
    if (!cohort.strands.includes(input.strand))
      throw new InvalidCommandError(`The strand must be one of the cohort's: ${cohort.strands.join(', ')}.`);
    const named = await this.queryBus.execute(new PeopleNamedInCasesQuery({ partnershipId: cohort.partnershipId, role: 'perpetrator' }));
    const canonical = await this.queryBus.execute(
      new CanonicalPersonIdsQuery({ partnershipId: cohort.partnershipId, personIds: named.map((person) => person.personId) }),
    );
    const cases = new Map<string, number>();
    for (const person of named) {
      const personId = canonical[person.personId] ?? person.personId;
      cases.set(personId, (cases.get(personId) ?? 0) + person.cases);
    }
    // On the cohort now under any record of theirs (a duplicate merged into them included).
    const onCohort = await this.dataSource.query<{ person_id: string }[]>(
      'SELECT person_id FROM iom_members WHERE cohort_id = $1 AND on_cohort',
      [cohort.cohortId],
    );
    const members = await this.queryBus.execute(
      new CanonicalPersonIdsQuery({ partnershipId: cohort.partnershipId, personIds: onCohort.map((row) => row.person_id) }),
    );
    for (const row of onCohort) cases.delete(members[row.person_id] ?? row.person_id);
    const proposals = [...cases]
      .map(([personId, maracCases]) => ({ personId, maracCases }))
      .sort((a, b) => b.maracCases - a.maracCases || a.personId.localeCompare(b.personId));
    return { cohortId: cohort.cohortId, strand: input.strand, proposals };
  }
}
