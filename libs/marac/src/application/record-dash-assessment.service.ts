import { Injectable } from '@nestjs/common';
import { CommandExecutor, type CommandContext } from '@app/event-store';
import type { RecordDashAssessment } from '../domain/index.js';
import type { Caller } from './caller.js';
import { handleCaseCommand, type CaseCommandResult } from './case-command.js';

/** Record a DASH risk checklist on an open case: the score and band are computed by the decider. */
@Injectable()
export class RecordDashAssessmentService {
  constructor(private readonly executor: CommandExecutor) {}

  execute(caller: Caller, context: CommandContext, input: Omit<RecordDashAssessment, 'type'>, expectedRevision?: number): Promise<CaseCommandResult> {
    return handleCaseCommand(this.executor, caller, context, input.caseId, () => ({ type: 'RecordDashAssessment', ...input }), expectedRevision);
  }
}
