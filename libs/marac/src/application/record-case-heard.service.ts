import { Injectable } from '@nestjs/common';
import { CommandExecutor, type CommandContext } from '@app/event-store';
import { assertMeetingAcceptsCases, type RecordCaseHeard } from '../domain/index.js';
import type { Caller } from './caller.js';
import { handleCaseCommand, type CaseCommandResult } from './case-command.js';
import { loadMeeting } from './meeting-commands.js';

/** Record a case as heard at a meeting it was listed for, with the agencies present. */
@Injectable()
export class RecordCaseHeardService {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(caller: Caller, context: CommandContext, input: Omit<RecordCaseHeard, 'type'>, expectedRevision?: number): Promise<CaseCommandResult> {
    const { state: meeting } = await loadMeeting(this.executor, caller, input.meetingId);
    return handleCaseCommand(
      this.executor,
      caller,
      context,
      input.caseId,
      (state) => {
        assertMeetingAcceptsCases(meeting, state.maracId);
        return { type: 'RecordCaseHeard', ...input };
      },
      expectedRevision,
    );
  }
}
