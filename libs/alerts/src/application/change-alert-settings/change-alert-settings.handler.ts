import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { alertSettingsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND } from '../alert-access.js';
import { alertSettingsView, type AlertSettingsView } from '../alert-settings-view.js';
import { alertSettingsStream, todayOf } from '../alert-streams.js';
import { ChangeAlertSettingsCommand } from './change-alert-settings.command.js';

@CommandHandler(ChangeAlertSettingsCommand)
export class ChangeAlertSettingsHandler implements ICommandHandler<ChangeAlertSettingsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input, expectedRevision }: ChangeAlertSettingsCommand): Promise<AlertSettingsView> {
    noteAudit({ recordKind: 'alert_settings', recordId: input.partnershipId, partnershipId: input.partnershipId });
    assertCallerRole(caller, 'admin');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const effectiveFrom = input.effectiveFrom ?? todayOf(context);
    const result = await this.executor.handle(
      alertSettingsStream(input.partnershipId),
      alertSettingsDecider,
      (state) =>
        alertSettingsDecider.decide(
          { type: 'ChangePartnershipSettings', partnershipId: input.partnershipId, effectiveFrom, changes: input.changes },
          state,
        ),
      { context: { ...context, partnershipId: input.partnershipId }, expectedRevision, revealPersonalData: false },
    );
    return alertSettingsView(input.partnershipId, result.state, result.revision, effectiveFrom);
  }
}
