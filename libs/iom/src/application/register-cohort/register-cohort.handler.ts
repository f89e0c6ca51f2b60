import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { iomCohortDecider } from '../../domain/index.js';
import { cohortStream } from '../cohort-access.js';
import { COHORT_NOT_FOUND } from '../not-found-messages.js';
import { cohortView, RegisterCohortCommand, type CohortView } from './register-cohort.command.js';

@CommandHandler(RegisterCohortCommand)
export class RegisterCohortHandler implements ICommandHandler<RegisterCohortCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input }: RegisterCohortCommand): Promise<CohortView> {
    noteAudit({ recordKind: 'iom_cohort', recordId: input.cohortId, partnershipId: input.partnershipId });
    assertCallerRole(caller, 'iom-lead');
    assertCallerMayAccess(caller, input.partnershipId, COHORT_NOT_FOUND);
    const result = await this.executor.handle(
      cohortStream(input.cohortId),
      iomCohortDecider,
      (state) => iomCohortDecider.decide({ type: 'RegisterCohort', ...input }, state),
      { context: { ...context, partnershipId: input.partnershipId }, revealPersonalData: false },
    );
    if (result.state.status !== 'registered') throw new Error('RegisterCohort left the cohort unregistered');
    return cohortView(result.state, result.revision);
  }
}
