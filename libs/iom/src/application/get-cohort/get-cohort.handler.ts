import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerRole } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { admitCohort } from '../cohort-access.js';
import { cohortView, type CohortView } from '../register-cohort/register-cohort.command.js';
import { GetCohortQuery } from './get-cohort.query.js';

@QueryHandler(GetCohortQuery)
export class GetCohortHandler implements IQueryHandler<GetCohortQuery> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, input }: GetCohortQuery): Promise<CohortView> {
    assertCallerRole(caller, 'iom-lead', 'analyst');
    const cohort = await admitCohort(this.executor, caller, input.cohortId);
    return cohortView(cohort, cohort.revision);
  }
}
