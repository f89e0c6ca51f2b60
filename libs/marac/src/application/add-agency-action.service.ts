import { Injectable } from '@nestjs/common';
import { CommandExecutor, type CommandContext } from '@app/event-store';
import type { AddAgencyAction } from '../domain/index.js';
import type { Caller } from './caller.js';
import { handleCaseCommand, type CaseCommandResult } from './case-command.js';

/** An agency takes an action on a case (agency, description, due date). */
@Injectable()
export class AddAgencyActionService {
  constructor(private readonly executor: CommandExecutor) {}

  execute(caller: Caller, context: CommandContext, input: Omit<AddAgencyAction, 'type'>, expectedRevision?: number): Promise<CaseCommandResult> {
    return handleCaseCommand(this.executor, caller, context, input.caseId, () => ({ type: 'AddAgencyAction', ...input }), expectedRevision);
  }
}
