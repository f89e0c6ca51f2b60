import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleCaseCommand, type CaseCommandResult } from '../case-command.js';
import { CloseCaseCommand } from './close-case.command.js';

@CommandHandler(CloseCaseCommand)
export class CloseCaseHandler implements ICommandHandler<CloseCaseCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: CloseCaseCommand): Promise<CaseCommandResult> {
    return handleCaseCommand(this.executor, command, () => ({ type: 'CloseCase', ...command.input }));
  }
}
