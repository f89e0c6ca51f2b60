import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deriveId } from '@app/event-store';
import { requireAgencyMayShare } from '../agency-sharing.js';
import { handleCaseCommand } from '../case-command.js';
import { AddAgencyActionCommand, type AddAgencyActionResult } from './add-agency-action.command.js';

/** Refused (409) for an agency with neither the victim's consent nor a basis for sharing (`requireAgencyMayShare`). */
@CommandHandler(AddAgencyActionCommand)
export class AddAgencyActionHandler implements ICommandHandler<AddAgencyActionCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute(command: AddAgencyActionCommand): Promise<AddAgencyActionResult> {
    const actionId = command.input.actionId ?? deriveId(command.context.commandId, 'action');
    const result = await handleCaseCommand(
      this.executor,
      command,
      () => ({ type: 'AddAgencyAction', ...command.input, actionId }),
      requireAgencyMayShare(this.queryBus, command.input.agency, actionId),
    );
    return { ...result, actionId };
  }
}
