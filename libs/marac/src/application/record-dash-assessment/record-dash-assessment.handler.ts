import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleCaseCommand, type CaseCommandResult } from '../case-command.js';
import { RecordDashAssessmentCommand } from './record-dash-assessment.command.js';

@CommandHandler(RecordDashAssessmentCommand)
export class RecordDashAssessmentHandler implements ICommandHandler<RecordDashAssessmentCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: RecordDashAssessmentCommand): Promise<CaseCommandResult> {
    return handleCaseCommand(this.executor, command, () => ({ type: 'RecordDashAssessment', ...command.input }));
  }
}
