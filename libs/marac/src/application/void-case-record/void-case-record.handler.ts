import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleCaseCommand, type CaseCommandResult } from '../case-command.js';
import { correctionOf } from '../correction-of.js';
import { VoidCaseRecordCommand } from './void-case-record.command.js';

@CommandHandler(VoidCaseRecordCommand)
export class VoidCaseRecordHandler implements ICommandHandler<VoidCaseRecordCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: VoidCaseRecordCommand): Promise<CaseCommandResult> {
    return handleCaseCommand(this.executor, command, () => ({
      type: 'VoidCaseRecord',
      ...command.input,
      ...correctionOf(command.context),
    }));
  }
}
