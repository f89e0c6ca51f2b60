import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleOffenderCommand } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';
import { RecordOffenceOutcomeCommand } from './record-offence-outcome.command.js';

@CommandHandler(RecordOffenceOutcomeCommand)
export class RecordOffenceOutcomeHandler implements ICommandHandler<RecordOffenceOutcomeCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  execute(command: RecordOffenceOutcomeCommand): Promise<OffenderRecordView> {
    const { body } = command.input;
    return handleOffenderCommand(this.executor, this.queryBus, command, () => ({ type: 'RecordOffenceOutcome', ...body }));
  }
}
