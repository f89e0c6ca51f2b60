import { ApiProperty } from '@nestjs/swagger';
import { assertCallerMayAccess, assertCallerRole, noteAudit, type Caller, type CallerCommand } from '@app/access';
import { NotFoundError } from '@app/domain';
import { streamName, type CommandExecutor } from '@app/event-store';
import { DateProperty } from '@app/periods';
import { todayOf } from '@app/kit';
import {
  MARAC_AGENCIES,
  MARAC_MEETING_STREAM_CATEGORY,
  maracMeetingDecider,
  type MaracAgency,
  type MaracMeetingCommand,
  type ScheduledMeeting,
} from '../domain/index.js';
import { EXAMPLE_MARAC_ID, EXAMPLE_MEETING_ID, EXAMPLE_PARTNERSHIP_ID } from './examples.js';
import { MEETING_NOT_FOUND } from './not-found-messages.js';

export function meetingStream(meetingId: string): string {
  return streamName(MARAC_MEETING_STREAM_CATEGORY, meetingId);
}

/** Loads a scheduled (or held, or cancelled) meeting the caller may see: coordinators of its partnership (404 otherwise). */
export async function loadMeeting(
  executor: CommandExecutor,
  caller: Caller,
  meetingId: string,
): Promise<{ state: ScheduledMeeting; revision: number }> {
  assertCallerRole(caller, 'coordinator');
  const { state, revision } = await executor.load(meetingStream(meetingId), maracMeetingDecider);
  if (state.status === 'not-scheduled') throw new NotFoundError(MEETING_NOT_FOUND);
  noteAudit({ recordKind: 'marac_meeting', recordId: meetingId, partnershipId: state.partnershipId });
  assertCallerMayAccess(caller, state.partnershipId, MEETING_NOT_FOUND);
  return { state, revision };
}

/** What a command on a meeting answers with: the meeting as it stands, the revision for the ETag. */
export class MeetingCommandResult {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_MEETING_ID })
  meetingId: string;
  @ApiProperty({ example: EXAMPLE_MARAC_ID })
  maracId: string;
  @ApiProperty({ example: EXAMPLE_PARTNERSHIP_ID })
  partnershipId: string;
  @DateProperty({ example: '2025-04-24' })
  date: string;
  @ApiProperty({ enum: ['scheduled', 'held', 'cancelled'], example: 'scheduled' })
  status: ScheduledMeeting['status'];
  @ApiProperty({
    enum: MARAC_AGENCIES,
    isArray: true,
    example: [],
    description: 'The agencies present, once the meeting is marked held (empty before).',
  })
  agenciesPresent: MaracAgency[];
  @ApiProperty({ type: 'integer', example: 0, description: 'Stream revision, also sent as the ETag.' })
  revision: number;
}

export function meetingResult(state: ScheduledMeeting, revision: number): MeetingCommandResult {
  return {
    meetingId: state.meetingId,
    maracId: state.maracId,
    partnershipId: state.partnershipId,
    date: state.date,
    status: state.status,
    agenciesPresent: state.agenciesPresent,
    revision,
  };
}

/** A command on an existing meeting as a handler builds it: `today` is added from the command's time. */
export type MeetingCommandInput = MaracMeetingCommand extends infer C ? (C extends MaracMeetingCommand ? Omit<C, 'today'> : never) : never;

/**
 * The write path of every command on an existing meeting: the caller must see the meeting (404 otherwise),
 * then decide and append at the revision read (If-Match honoured), under the meeting's partnership.
 */
export async function handleMeetingCommand(
  executor: CommandExecutor,
  { caller, context, input, expectedRevision }: CallerCommand<{ meetingId: string }, unknown>,
  command: MeetingCommandInput,
): Promise<MeetingCommandResult> {
  const { state: meeting } = await loadMeeting(executor, caller, input.meetingId);
  const today = todayOf(context);
  const result = await executor.handle(
    meetingStream(input.meetingId),
    maracMeetingDecider,
    (state) => maracMeetingDecider.decide({ ...command, today }, state),
    { context: { ...context, partnershipId: meeting.partnershipId }, expectedRevision },
  );
  return meetingResult(result.state as ScheduledMeeting, result.revision);
}
