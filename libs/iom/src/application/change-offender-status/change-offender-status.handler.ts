import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleOffenderCommand } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';
import { ChangeOffenderStatusCommand } from './change-offender-status.command.js';

@CommandHandler(ChangeOffenderStatusCommand)
export class ChangeOffenderStatusHandler implements ICommandHandler<ChangeOffenderStatusCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  execute(command: ChangeOffenderStatusCommand): Promise<OffenderRecordView> {
    const { body } = command.input;
    return handleOffenderCommand(this.executor, this.queryBus, command, () => ({ type: 'ChangeOffenderStatus', ...body }));
  }
}
