import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleOffenderCommand } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';
import { RecordOffenceCommand } from './record-offence.command.js';

@CommandHandler(RecordOffenceCommand)
export class RecordOffenceHandler implements ICommandHandler<RecordOffenceCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  execute(command: RecordOffenceCommand): Promise<OffenderRecordView> {
    const { body } = command.input;
    return handleOffenderCommand(this.executor, this.queryBus, command, () => ({ type: 'RecordOffence', ...body }));
  }
}
