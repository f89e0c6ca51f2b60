import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor, streamName } from '@app/event-store';
import { todayOf } from '@app/kit';
import { MARAC_PANEL_STREAM_CATEGORY, maracPanelDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { RegisterMaracCommand, type MaracRegistration } from './register-marac.command.js';

@CommandHandler(RegisterMaracCommand)
export class RegisterMaracHandler implements ICommandHandler<RegisterMaracCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input }: RegisterMaracCommand): Promise<MaracRegistration> {
    noteAudit({ recordKind: 'marac', recordId: input.maracId, partnershipId: input.partnershipId });
    assertCallerRole(caller, 'admin');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const overrides = input.overrides && {
      effectiveFrom: input.overrides.effectiveFrom ?? todayOf(context),
      changes: input.overrides.changes,
    };
    const result = await this.executor.handle(
      streamName(MARAC_PANEL_STREAM_CATEGORY, input.maracId),
      maracPanelDecider,
      (state) =>
        maracPanelDecider.decide(
          { type: 'RegisterPanel', panelId: input.maracId, partnershipId: input.partnershipId, name: input.name, overrides },
          state,
        ),
      { context: { ...context, partnershipId: input.partnershipId }, revealPersonalData: false },
    );
    if (result.state.status !== 'registered') throw new Error('RegisterPanel left the MARAC unregistered');
    return { maracId: result.state.panelId, partnershipId: result.state.partnershipId, name: result.state.name, revision: result.revision };
  }
}
