import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { changePartnershipSettings } from '@app/kit';
import { victimServicesSettingsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND } from '../vs-common.js';
import { victimServicesSettingsView, vsSettingsStream, type VictimServicesSettingsView } from '../vs-settings-in-force.js';
import { ChangeVictimServicesSettingsCommand } from './change-settings.command.js';

@CommandHandler(ChangeVictimServicesSettingsCommand)
export class ChangeVictimServicesSettingsHandler implements ICommandHandler<ChangeVictimServicesSettingsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(command: ChangeVictimServicesSettingsCommand): Promise<VictimServicesSettingsView> {
    const { state, revision, effectiveFrom } = await changePartnershipSettings(
      this.executor,
      { decider: victimServicesSettingsDecider, stream: vsSettingsStream, recordKind: 'vs_settings', notFound: PARTNERSHIP_NOT_FOUND },
      command,
    );
    return victimServicesSettingsView(command.input.partnershipId, state, revision, effectiveFrom);
  }
}
