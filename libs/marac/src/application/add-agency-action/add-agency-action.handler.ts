import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deriveId } from '@app/event-store';
import { handleCaseCommand, type CaseCommandResult } from '../case-command.js';
import { AddAgencyActionCommand } from './add-agency-action.command.js';

@CommandHandler(AddAgencyActionCommand)
export class AddAgencyActionHandler implements ICommandHandler<AddAgencyActionCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(command: AddAgencyActionCommand): Promise<CaseCommandResult & { actionId: string }> {
    const actionId = command.input.actionId ?? deriveId(command.context.commandId, 'action');
    const result = await handleCaseCommand(this.executor, command, () => ({ type: 'AddAgencyAction', ...command.input, actionId }));
    return { ...result, actionId };
  }
}
