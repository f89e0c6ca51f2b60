import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor, deriveId } from '@app/event-store';
import { todayOf } from '@app/kit';
import { maracMeetingDecider, type ScheduledMeeting } from '../../domain/index.js';
import { MaracRegistry } from '../marac-registry.js';
import { meetingResult, meetingStream, type MeetingCommandResult } from '../meeting-commands.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { ScheduleMeetingCommand } from './schedule-meeting.command.js';

@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly registry: MaracRegistry,
  ) {}

  async execute({ caller, context, input }: ScheduleMeetingCommand): Promise<MeetingCommandResult> {
    const meetingId = deriveId(context.commandId, 'meeting');
    noteAudit({ recordKind: 'marac_meeting', recordId: meetingId, partnershipId: input.partnershipId });
    assertCallerRole(caller, 'coordinator');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    await this.registry.partnershipOfMarac(caller, input.maracId, input.partnershipId);
    const result = await this.executor.handle(
      meetingStream(meetingId),
      maracMeetingDecider,
      (state) => maracMeetingDecider.decide({ type: 'ScheduleMeeting', meetingId, ...input, today: todayOf(context) }, state),
      { context: { ...context, partnershipId: input.partnershipId } },
    );
    return meetingResult(result.state as ScheduledMeeting, result.revision);
  }
}
