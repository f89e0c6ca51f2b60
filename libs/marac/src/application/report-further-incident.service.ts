import { Injectable } from '@nestjs/common';
import { CommandExecutor, type CommandContext } from '@app/event-store';
import type { ReportFurtherIncident } from '../domain/index.js';
import type { Caller } from './caller.js';
import { handleCaseCommand, type CaseCommandResult } from './case-command.js';

/** A further incident within 12 months of the referral makes the case a repeat awaiting relisting. */
@Injectable()
export class ReportFurtherIncidentService {
  constructor(private readonly executor: CommandExecutor) {}

  execute(caller: Caller, context: CommandContext, input: Omit<ReportFurtherIncident, 'type'>, expectedRevision?: number): Promise<CaseCommandResult> {
    return handleCaseCommand(this.executor, caller, context, input.caseId, () => ({ type: 'ReportFurtherIncident', ...input }), expectedRevision);
  }
}
