import { Injectable } from '@nestjs/common';
import { CommandExecutor, type CommandContext } from '@app/event-store';
import { maracMeetingDecider, type CancelMeeting, type ScheduledMeeting } from '../domain/index.js';
import type { Caller } from './caller.js';
import { loadMeeting, meetingResult, meetingStream, type MeetingCommandResult } from './meeting-commands.js';

@Injectable()
export class CancelMeetingService {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(caller: Caller, context: CommandContext, input: Omit<CancelMeeting, 'type'>, expectedRevision?: number): Promise<MeetingCommandResult> {
    const { state: meeting } = await loadMeeting(this.executor, caller, input.meetingId);
    const result = await this.executor.handle(
      meetingStream(input.meetingId),
      maracMeetingDecider,
      (state) => maracMeetingDecider.decide({ type: 'CancelMeeting', ...input }, state),
      { context: { ...context, partnershipId: meeting.partnershipId }, expectedRevision },
    );
    return meetingResult(result.state as ScheduledMeeting, result.revision);
  }
}
