import { Injectable } from '@nestjs/common';
import { CommandExecutor, type CommandContext } from '@app/event-store';
import type { CloseCase } from '../domain/index.js';
import type { Caller } from './caller.js';
import { handleCaseCommand, type CaseCommandResult } from './case-command.js';

/** Close a case, with a reason. */
@Injectable()
export class CloseCaseService {
  constructor(private readonly executor: CommandExecutor) {}

  execute(caller: Caller, context: CommandContext, input: Omit<CloseCase, 'type'>, expectedRevision?: number): Promise<CaseCommandResult> {
    return handleCaseCommand(this.executor, caller, context, input.caseId, () => ({ type: 'CloseCase', ...input }), expectedRevision);
  }
}
