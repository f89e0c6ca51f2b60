import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleOffenderCommand } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';
import { ExitOffenderCommand } from './exit-offender.command.js';

@CommandHandler(ExitOffenderCommand)
export class ExitOffenderHandler implements ICommandHandler<ExitOffenderCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  execute(command: ExitOffenderCommand): Promise<OffenderRecordView> {
    const { body } = command.input;
    return handleOffenderCommand(this.executor, this.queryBus, command, () => ({ type: 'ExitOffender', ...body }));
  }
}
