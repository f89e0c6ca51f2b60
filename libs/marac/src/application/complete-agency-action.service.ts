import { Injectable } from '@nestjs/common';
import { CommandExecutor, type CommandContext } from '@app/event-store';
import type { CompleteAgencyAction } from '../domain/index.js';
import type { Caller } from './caller.js';
import { handleCaseCommand, type CaseCommandResult } from './case-command.js';

/** An agency completes one of its actions (completing twice is refused, 409). */
@Injectable()
export class CompleteAgencyActionService {
  constructor(private readonly executor: CommandExecutor) {}

  execute(caller: Caller, context: CommandContext, input: Omit<CompleteAgencyAction, 'type'>, expectedRevision?: number): Promise<CaseCommandResult> {
    return handleCaseCommand(this.executor, caller, context, input.caseId, () => ({ type: 'CompleteAgencyAction', ...input }), expectedRevision);
  }
}
