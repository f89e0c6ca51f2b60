import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { victimServiceDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND, serviceStream } from '../vs-common.js';
import { RegisterServiceCommand, type VictimServiceRegistration } from './register-service.command.js';

@CommandHandler(RegisterServiceCommand)
export class RegisterServiceHandler implements ICommandHandler<RegisterServiceCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input }: RegisterServiceCommand): Promise<VictimServiceRegistration> {
    noteAudit({ recordKind: 'victim_service', recordId: input.serviceId, partnershipId: input.partnershipId });
    assertCallerRole(caller, 'admin');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const result = await this.executor.handle(
      serviceStream(input.serviceId),
      victimServiceDecider,
      (state) => victimServiceDecider.decide({ type: 'RegisterVictimService', ...input }, state),
      { context: { ...context, partnershipId: input.partnershipId }, revealPersonalData: false },
    );
    if (result.state.status !== 'registered') throw new Error('RegisterVictimService left the service unregistered');
    const { serviceId, partnershipId, name, provider, kind } = result.state;
    return { serviceId, partnershipId, name, provider, kind, revision: result.revision };
  }
}
