import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { changePartnershipSettings } from '@app/kit';
import { alertSettingsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND } from '../alert-access.js';
import { alertSettingsView, type AlertSettingsView } from '../alert-settings-view.js';
import { alertSettingsStream } from '../alert-streams.js';
import { ChangeAlertSettingsCommand } from './change-alert-settings.command.js';

@CommandHandler(ChangeAlertSettingsCommand)
export class ChangeAlertSettingsHandler implements ICommandHandler<ChangeAlertSettingsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(command: ChangeAlertSettingsCommand): Promise<AlertSettingsView> {
    const { state, revision, effectiveFrom } = await changePartnershipSettings(
      this.executor,
      { decider: alertSettingsDecider, stream: alertSettingsStream, recordKind: 'alert_settings', notFound: PARTNERSHIP_NOT_FOUND },
      command,
    );
    return alertSettingsView(command.input.partnershipId, state, revision, effectiveFrom);
  }
}
