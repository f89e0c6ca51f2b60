import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleCaseCommand, type CaseCommandResult } from '../case-command.js';
import { correctionOf } from '../correction-of.js';
import { AmendCaseRecordCommand } from './amend-case-record.command.js';

@CommandHandler(AmendCaseRecordCommand)
export class AmendCaseRecordHandler implements ICommandHandler<AmendCaseRecordCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: AmendCaseRecordCommand): Promise<CaseCommandResult> {
    return handleCaseCommand(this.executor, command, () => ({
      type: 'AmendCaseRecord',
      ...command.input,
      ...correctionOf(command.context),
    }));
  }
}
