import { assertCallerMayAccess, assertCallerRole, noteAudit, type Caller, type CallerCommand } from '@app/access';
import { NotFoundError } from '@app/domain';
import { streamName, type CommandExecutor } from '@app/event-store';
import { MARAC_MEETING_STREAM_CATEGORY, maracMeetingDecider, type MaracMeetingCommand, type ScheduledMeeting } from '../domain/index.js';
import { todayOf } from './command-time.js';
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

export interface MeetingCommandResult {
  meetingId: string;
  maracId: string;
  partnershipId: string;
  date: string;
  status: ScheduledMeeting['status'];
  /** The agencies present, once the meeting is marked held (empty before). */
  agenciesPresent: ScheduledMeeting['agenciesPresent'];
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
