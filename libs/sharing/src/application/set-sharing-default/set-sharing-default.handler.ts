import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { todayOf } from '@app/kit';
import { sharingDefaultsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND, sharingDefaultsStream } from '../sharing-streams.js';
import { defaultsView, type SharingDefaultsView } from '../get-sharing-defaults/get-sharing-defaults.query.js';
import { SetSharingDefaultCommand } from './set-sharing-default.command.js';

@CommandHandler(SetSharingDefaultCommand)
export class SetSharingDefaultHandler implements ICommandHandler<SetSharingDefaultCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input, expectedRevision }: SetSharingDefaultCommand): Promise<SharingDefaultsView> {
    noteAudit({ recordKind: 'sharing_defaults', recordId: input.partnershipId, partnershipId: input.partnershipId });
    assertCallerRole(caller, 'admin');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const result = await this.executor.handle(
      sharingDefaultsStream(input.partnershipId),
      sharingDefaultsDecider,
      (state) =>
        sharingDefaultsDecider.decide({ type: 'SetSharingDefault', ...input, decidedBy: caller.id, today: todayOf(context) }, state),
      { context: { ...context, partnershipId: input.partnershipId }, expectedRevision, revealPersonalData: false },
    );
    return defaultsView(input.partnershipId, result.state, result.revision);
  }
}
