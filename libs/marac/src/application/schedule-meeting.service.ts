import { Injectable } from '@nestjs/common';
import { CommandExecutor, deriveId, type CommandContext } from '@app/event-store';
import { maracMeetingDecider, type ScheduledMeeting, type ScheduleMeeting } from '../domain/index.js';
import { assertCallerMayAccess, assertCallerRole, PARTNERSHIP_NOT_FOUND, type Caller } from './caller.js';
import { meetingResult, meetingStream, type MeetingCommandResult } from './meeting-commands.js';

/** Schedule a MARAC meeting; its id derives from the command id (a retry schedules nothing twice). */
@Injectable()
export class ScheduleMeetingService {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(caller: Caller, context: CommandContext, input: Omit<ScheduleMeeting, 'type' | 'meetingId'>): Promise<MeetingCommandResult> {
    assertCallerRole(caller, 'coordinator');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const meetingId = deriveId(context.commandId, 'meeting');
    const result = await this.executor.handle(
      meetingStream(meetingId),
      maracMeetingDecider,
      (state) => maracMeetingDecider.decide({ type: 'ScheduleMeeting', meetingId, ...input }, state),
      { context: { ...context, partnershipId: input.partnershipId } },
    );
    return meetingResult(result.state as ScheduledMeeting, result.revision);
  }
}
