import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { NotFoundError } from '@app/domain';
import { CommandExecutor } from '@app/event-store';
import { SERVICE_NOT_FOUND, victimServiceDecider } from '../../domain/index.js';
import { serviceStream } from '../vs-common.js';
import { SetServiceAimsCommand, type ServiceAims } from './set-service-aims.command.js';

@CommandHandler(SetServiceAimsCommand)
export class SetServiceAimsHandler implements ICommandHandler<SetServiceAimsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input, expectedRevision }: SetServiceAimsCommand): Promise<ServiceAims> {
    assertCallerRole(caller, 'service-manager', 'admin');
    const result = await this.executor.handle(
      serviceStream(input.serviceId),
      victimServiceDecider,
      (state) => victimServiceDecider.decide({ type: 'SetServiceAims', financialYear: input.financialYear, aims: input.aims }, state),
      {
        context,
        expectedRevision,
        revealPersonalData: false,
        admit: (state) => {
          if (state.status !== 'registered') throw new NotFoundError(SERVICE_NOT_FOUND);
          noteAudit({ recordKind: 'victim_service', recordId: input.serviceId, partnershipId: state.partnershipId });
          assertCallerMayAccess(caller, state.partnershipId, SERVICE_NOT_FOUND);
          return { partnershipId: state.partnershipId };
        },
      },
    );
    const aims = result.state.status === 'registered' ? (result.state.aims[input.financialYear] ?? {}) : {};
    return {
      serviceId: input.serviceId,
      financialYear: input.financialYear,
      aims: aims as Record<string, number>,
      revision: result.revision,
    };
  }
}
