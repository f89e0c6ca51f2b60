import { assertCallerMayAccess, assertCallerRole, noteAudit, type Caller } from '@app/access';
import { NotFoundError } from '@app/domain';
import { streamName, type CommandExecutor } from '@app/event-store';
import { MARAC_MEETING_STREAM_CATEGORY, maracMeetingDecider, type ScheduledMeeting } from '../domain/index.js';
import { MEETING_NOT_FOUND } from './not-found-messages.js';

export function meetingStream(meetingId: string): string {
  return streamName(MARAC_MEETING_STREAM_CATEGORY, meetingId);
}

/** Loads a scheduled (or held, or cancelled) meeting the caller may see: coordinators of its partnership (404 otherwise). */
export async function loadMeeting(executor: CommandExecutor, caller: Caller, meetingId: string): Promise<{ state: ScheduledMeeting; revision: number }> {
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
  revision: number;
}

export function meetingResult(state: ScheduledMeeting, revision: number): MeetingCommandResult {
  return { meetingId: state.meetingId, maracId: state.maracId, partnershipId: state.partnershipId, date: state.date, status: state.status, revision };
}
