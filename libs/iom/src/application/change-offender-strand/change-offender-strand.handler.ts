import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleOffenderCommand } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';
import { ChangeOffenderStrandCommand } from './change-offender-strand.command.js';

@CommandHandler(ChangeOffenderStrandCommand)
export class ChangeOffenderStrandHandler implements ICommandHandler<ChangeOffenderStrandCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  execute(command: ChangeOffenderStrandCommand): Promise<OffenderRecordView> {
    const { body } = command.input;
    return handleOffenderCommand(this.executor, this.queryBus, command, () => ({ type: 'ChangeOffenderStrand', ...body }));
  }
}
