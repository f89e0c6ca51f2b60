import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleCaseCommand, type CaseCommandResult } from '../case-command.js';
import { CompleteAgencyActionCommand } from './complete-agency-action.command.js';

@CommandHandler(CompleteAgencyActionCommand)
export class CompleteAgencyActionHandler implements ICommandHandler<CompleteAgencyActionCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: CompleteAgencyActionCommand): Promise<CaseCommandResult> {
    return handleCaseCommand(this.executor, command, () => ({ type: 'CompleteAgencyAction', ...command.input }));
  }
}
