import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor, streamName } from '@app/event-store';
import { todayInLondon } from '@app/periods';
import { MARAC_SETTINGS_STREAM_CATEGORY, maracSettingsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { partnershipSettingsView, type PartnershipSettingsView } from '../partnership-settings-view.js';
import { ChangePartnershipSettingsCommand } from './change-partnership-settings.command.js';

@CommandHandler(ChangePartnershipSettingsCommand)
export class ChangePartnershipSettingsHandler implements ICommandHandler<ChangePartnershipSettingsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input, expectedRevision }: ChangePartnershipSettingsCommand): Promise<PartnershipSettingsView> {
    noteAudit({ recordKind: 'partnership_settings', recordId: input.partnershipId, partnershipId: input.partnershipId });
    assertCallerRole(caller, 'admin');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const effectiveFrom = input.effectiveFrom ?? todayInLondon(new Date(context.occurredAt));
    const result = await this.executor.handle(
      streamName(MARAC_SETTINGS_STREAM_CATEGORY, input.partnershipId),
      maracSettingsDecider,
      (state) =>
        maracSettingsDecider.decide(
          { type: 'ChangePartnershipSettings', partnershipId: input.partnershipId, effectiveFrom, changes: input.changes },
          state,
        ),
      { context: { ...context, partnershipId: input.partnershipId }, expectedRevision, revealPersonalData: false },
    );
    return partnershipSettingsView(input.partnershipId, result.state, result.revision, effectiveFrom);
  }
}
