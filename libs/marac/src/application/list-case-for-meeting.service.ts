import { Injectable } from '@nestjs/common';
import { CommandExecutor, type CommandContext } from '@app/event-store';
import { assertMeetingAcceptsCases } from '../domain/index.js';
import { IllegalStateError } from '@app/domain';
import type { Caller } from './caller.js';
import { handleCaseCommand, type CaseCommandResult } from './case-command.js';
import { loadMeeting } from './meeting-commands.js';

/**
 * List a case on a meeting's agenda: the meeting must exist, not be cancelled and belong to the case's
 * MARAC (and partnership); the case decider then checks the case (open, not listed there already).
 */
@Injectable()
export class ListCaseForMeetingService {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(caller: Caller, context: CommandContext, input: { caseId: string; meetingId: string }, expectedRevision?: number): Promise<CaseCommandResult> {
    const { state: meeting } = await loadMeeting(this.executor, caller, input.meetingId);
    return handleCaseCommand(
      this.executor,
      caller,
      context,
      input.caseId,
      (state) => {
        const accepted = assertMeetingAcceptsCases(meeting, state.maracId);
        if (meeting.partnershipId !== state.partnershipId) throw new IllegalStateError("This meeting belongs to a different partnership from the case's.");
        return { type: 'ListCaseForMeeting', caseId: input.caseId, meetingId: accepted.meetingId, meetingDate: accepted.date };
      },
      expectedRevision,
    );
  }
}

