import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerRole, partnershipsOf } from '@app/access';
import { CommandExecutor, streamName } from '@app/event-store';
import { todayInLondon } from '@app/periods';
import { assertKnownMarac, MARAC_PANEL_STREAM_CATEGORY, maracPanelDecider } from '../../domain/index.js';
import { OverrideMaracSettingsCommand, type MaracOverrides } from './override-marac-settings.command.js';

@CommandHandler(OverrideMaracSettingsCommand)
export class OverrideMaracSettingsHandler implements ICommandHandler<OverrideMaracSettingsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input, expectedRevision }: OverrideMaracSettingsCommand): Promise<MaracOverrides> {
    assertCallerRole(caller, 'admin');
    const effectiveFrom = input.effectiveFrom ?? todayInLondon(new Date(context.occurredAt));
    const result = await this.executor.handle(
      streamName(MARAC_PANEL_STREAM_CATEGORY, input.maracId),
      maracPanelDecider,
      (state) => maracPanelDecider.decide({ type: 'OverridePanelSettings', effectiveFrom, changes: input.changes }, state),
      {
        context,
        expectedRevision,
        revealPersonalData: false,
        admit: (state) => ({ partnershipId: assertKnownMarac(state, partnershipsOf(caller)) }),
      },
    );
    if (result.state.status !== 'registered') throw new Error('OverridePanelSettings on an unregistered MARAC');
    return { maracId: result.state.panelId, partnershipId: result.state.partnershipId, overrides: result.state.overrides, revision: result.revision };
  }
}
