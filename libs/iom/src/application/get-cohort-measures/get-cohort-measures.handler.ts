import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerRole } from '@app/access';
import { InvalidCommandError } from '@app/domain';
import { CommandExecutor } from '@app/event-store';
import { IomMeasuresReader } from '../../read-models/iom-measures.reader.js';
import type { IomMeasuresReport } from '../../read-models/iom-measures.views.js';
import { admitCohort } from '../cohort-access.js';
import { GetCohortMeasuresQuery } from './get-cohort-measures.query.js';

@QueryHandler(GetCohortMeasuresQuery)
export class GetCohortMeasuresHandler implements IQueryHandler<GetCohortMeasuresQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: IomMeasuresReader,
  ) {}

  async execute({ caller, input }: GetCohortMeasuresQuery): Promise<IomMeasuresReport> {
    assertCallerRole(caller, 'iom-lead', 'analyst');
    const cohort = await admitCohort(this.executor, caller, input.cohortId);
    if (input.strand !== undefined && !cohort.strands.includes(input.strand))
      throw new InvalidCommandError(`The strand must be one of the cohort's: ${cohort.strands.join(', ')}.`);
    return this.reader.measures(caller, cohort, input.period, input.asOf, input.strand);
  }
}
