import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IllegalStateError } from '@app/domain';
import { CommandExecutor } from '@app/event-store';
import { assertMeetingAcceptsCases } from '../../domain/index.js';
import { handleCaseCommand, type CaseCommandResult } from '../case-command.js';
import { loadMeeting } from '../meeting-commands.js';
import { ListCaseForMeetingCommand } from './list-case-for-meeting.command.js';

@CommandHandler(ListCaseForMeetingCommand)
export class ListCaseForMeetingHandler implements ICommandHandler<ListCaseForMeetingCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(command: ListCaseForMeetingCommand): Promise<CaseCommandResult> {
    const { caseId, meetingId } = command.input;
    const { state: meeting } = await loadMeeting(this.executor, command.caller, meetingId);
    return handleCaseCommand(this.executor, command, (state) => {
      const accepted = assertMeetingAcceptsCases(meeting, state.maracId);
      if (meeting.partnershipId !== state.partnershipId)
        throw new IllegalStateError("This meeting belongs to a different partnership from the case's.");
      return { type: 'ListCaseForMeeting', caseId, meetingId: accepted.meetingId, meetingDate: accepted.date };
    });
  }
}
