import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, streamName } from '@app/event-store';
import { changePartnershipSettings } from '@app/kit';
import { MARAC_SETTINGS_STREAM_CATEGORY, maracSettingsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { partnershipSettingsView, type PartnershipSettingsView } from '../partnership-settings-view.js';
import { ChangePartnershipSettingsCommand } from './change-partnership-settings.command.js';

@CommandHandler(ChangePartnershipSettingsCommand)
export class ChangePartnershipSettingsHandler implements ICommandHandler<ChangePartnershipSettingsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(command: ChangePartnershipSettingsCommand): Promise<PartnershipSettingsView> {
    const { state, revision, effectiveFrom } = await changePartnershipSettings(
      this.executor,
      {
        decider: maracSettingsDecider,
        stream: (partnershipId) => streamName(MARAC_SETTINGS_STREAM_CATEGORY, partnershipId),
        recordKind: 'partnership_settings',
        notFound: PARTNERSHIP_NOT_FOUND,
      },
      command,
    );
    return partnershipSettingsView(command.input.partnershipId, state, revision, effectiveFrom);
  }
}
