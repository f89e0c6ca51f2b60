import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerRole } from '@app/access';
import { todayOf } from '@app/kit';
import { MaracRegistry } from '../marac-registry.js';
import { OverrideMaracSettingsCommand, type MaracOverrides } from './override-marac-settings.command.js';

@CommandHandler(OverrideMaracSettingsCommand)
export class OverrideMaracSettingsHandler implements ICommandHandler<OverrideMaracSettingsCommand> {
  constructor(private readonly registry: MaracRegistry) {}

  async execute({ caller, context, input, expectedRevision }: OverrideMaracSettingsCommand): Promise<MaracOverrides> {
    assertCallerRole(caller, 'admin');
    const effectiveFrom = input.effectiveFrom ?? todayOf(context);
    const { marac, revision } = await this.registry.changeMarac(
      caller,
      context,
      input.maracId,
      { type: 'OverridePanelSettings', effectiveFrom, changes: input.changes },
      expectedRevision,
    );
    return { maracId: marac.panelId, partnershipId: marac.partnershipId, overrides: marac.overrides, revision };
  }
}
