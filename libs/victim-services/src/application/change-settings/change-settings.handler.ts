import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { victimServicesSettingsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND, todayOf } from '../vs-common.js';
import { victimServicesSettingsView, vsSettingsStream, type VictimServicesSettingsView } from '../vs-settings-in-force.js';
import { ChangeVictimServicesSettingsCommand } from './change-settings.command.js';

@CommandHandler(ChangeVictimServicesSettingsCommand)
export class ChangeVictimServicesSettingsHandler implements ICommandHandler<ChangeVictimServicesSettingsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input, expectedRevision }: ChangeVictimServicesSettingsCommand): Promise<VictimServicesSettingsView> {
    noteAudit({ recordKind: 'vs_settings', recordId: input.partnershipId, partnershipId: input.partnershipId });
    assertCallerRole(caller, 'admin');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const effectiveFrom = input.effectiveFrom ?? todayOf(context);
    const result = await this.executor.handle(
      vsSettingsStream(input.partnershipId),
      victimServicesSettingsDecider,
      (state) =>
        victimServicesSettingsDecider.decide(
          { type: 'ChangePartnershipSettings', partnershipId: input.partnershipId, effectiveFrom, changes: input.changes },
          state,
        ),
      { context: { ...context, partnershipId: input.partnershipId }, expectedRevision, revealPersonalData: false },
    );
    return victimServicesSettingsView(input.partnershipId, result.state, result.revision, effectiveFrom);
  }
}
