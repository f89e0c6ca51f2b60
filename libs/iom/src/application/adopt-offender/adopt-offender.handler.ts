import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleOffenderCommand } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';
import { AdoptOffenderCommand } from './adopt-offender.command.js';

@CommandHandler(AdoptOffenderCommand)
export class AdoptOffenderHandler implements ICommandHandler<AdoptOffenderCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  execute(command: AdoptOffenderCommand): Promise<OffenderRecordView> {
    const { body } = command.input;
    return handleOffenderCommand(this.executor, this.queryBus, command, (ids) => ({ type: 'AdoptOffender', ...body, ...ids }));
  }
}
