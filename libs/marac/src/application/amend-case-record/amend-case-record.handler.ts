import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { requireAgencyMayShare } from '../agency-sharing.js';
import { handleCaseCommand, type CaseCommandResult } from '../case-command.js';
import { correctionOf } from '../correction-of.js';
import { AmendCaseRecordCommand } from './amend-case-record.command.js';

/** An action moved to another agency is refused as adding it would be: without consent or a basis for that agency (409). */
@CommandHandler(AmendCaseRecordCommand)
export class AmendCaseRecordHandler implements ICommandHandler<AmendCaseRecordCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute(command: AmendCaseRecordCommand): Promise<CaseCommandResult> {
    const { input } = command;
    const movedToAgency = input.recordKind === 'agency-action' && typeof input.changes.agency === 'string' ? input.changes.agency : null;
    return handleCaseCommand(
      this.executor,
      command,
      () => ({ type: 'AmendCaseRecord', ...command.input, ...correctionOf(command.context) }),
      movedToAgency === null ? undefined : requireAgencyMayShare(this.queryBus, movedToAgency, input.recordId),
    );
  }
}
