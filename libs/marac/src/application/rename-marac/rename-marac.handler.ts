import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerRole } from '@app/access';
import type { MaracRegistration } from '../register-marac/register-marac.command.js';
import { MaracRegistry } from '../marac-registry.js';
import { RenameMaracCommand } from './rename-marac.command.js';

@CommandHandler(RenameMaracCommand)
export class RenameMaracHandler implements ICommandHandler<RenameMaracCommand> {
  constructor(private readonly registry: MaracRegistry) {}

  async execute({ caller, context, input, expectedRevision }: RenameMaracCommand): Promise<MaracRegistration> {
    assertCallerRole(caller, 'admin');
    const { marac, revision } = await this.registry.changeMarac(
      caller,
      context,
      input.maracId,
      { type: 'RenamePanel', name: input.name },
      expectedRevision,
    );
    return { maracId: marac.panelId, partnershipId: marac.partnershipId, name: marac.name, revision };
  }
}
