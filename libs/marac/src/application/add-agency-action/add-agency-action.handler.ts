import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deriveId } from '@app/event-store';
import { handleCaseCommand } from '../case-command.js';
import { AddAgencyActionCommand, type AddAgencyActionResult } from './add-agency-action.command.js';

@CommandHandler(AddAgencyActionCommand)
export class AddAgencyActionHandler implements ICommandHandler<AddAgencyActionCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(command: AddAgencyActionCommand): Promise<AddAgencyActionResult> {
    const actionId = command.input.actionId ?? deriveId(command.context.commandId, 'action');
    const result = await handleCaseCommand(this.executor, command, () => ({ type: 'AddAgencyAction', ...command.input, actionId }));
    return { ...result, actionId };
  }
}
