import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { maracMeetingDecider, type ScheduledMeeting } from '../../domain/index.js';
import { todayOf } from '../command-time.js';
import { loadMeeting, meetingResult, meetingStream, type MeetingCommandResult } from '../meeting-commands.js';
import { MarkMeetingHeldCommand } from './mark-meeting-held.command.js';

@CommandHandler(MarkMeetingHeldCommand)
export class MarkMeetingHeldHandler implements ICommandHandler<MarkMeetingHeldCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input, expectedRevision }: MarkMeetingHeldCommand): Promise<MeetingCommandResult> {
    const { state: meeting } = await loadMeeting(this.executor, caller, input.meetingId);
    const result = await this.executor.handle(
      meetingStream(input.meetingId),
      maracMeetingDecider,
      (state) => maracMeetingDecider.decide({ type: 'MarkMeetingHeld', ...input, today: todayOf(context) }, state),
      { context: { ...context, partnershipId: meeting.partnershipId }, expectedRevision },
    );
    return meetingResult(result.state as ScheduledMeeting, result.revision);
  }
}
