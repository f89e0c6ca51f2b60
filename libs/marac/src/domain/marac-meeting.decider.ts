import { assertNever, IllegalStateError, NotFoundError, requireId, requireOneOf, type Decider } from '@app/domain';
import { isBefore, requireDate, type IsoDate } from '@app/periods';
import { MEETING_CANCELLATION_REASONS, type MeetingCancellationReason } from './marac-codes.js';
import type { CancelMeeting, MaracMeetingCommand, MarkMeetingHeld, ScheduleMeeting } from './marac-meeting.commands.js';
import type { MaracMeetingEvent } from './marac-meeting.events.js';

export interface NotScheduledMeeting {
  status: 'not-scheduled';
}

export interface ScheduledMeeting {
  status: 'scheduled' | 'held' | 'cancelled';
  meetingId: string;
  maracId: string;
  partnershipId: string;
  date: IsoDate;
  heldOn: IsoDate | null;
  cancelledOn: IsoDate | null;
  cancellationReason: MeetingCancellationReason | null;
}

export type MaracMeetingState = NotScheduledMeeting | ScheduledMeeting;

/**
 * For the application layer, before ListCaseForMeeting or RecordCaseHeard: the meeting must exist (404),
 * not be cancelled (409) and belong to the case's MARAC (409). A meeting already held still accepts cases,
 * so that a coordinator can enter the agenda after the event. Returns what ListCaseForMeeting needs.
 */
export function assertMeetingAcceptsCases(
  state: MaracMeetingState,
  maracId: string,
): { meetingId: string; maracId: string; date: IsoDate } {
  if (state.status === 'not-scheduled') throw new NotFoundError('There is no such MARAC meeting.');
  if (state.status === 'cancelled') throw new IllegalStateError('This meeting was cancelled, so no case can be listed or heard at it.');
  if (state.maracId !== maracId) throw new IllegalStateError("This meeting belongs to a different MARAC from the case's.");
  return { meetingId: state.meetingId, maracId: state.maracId, date: state.date };
}

function scheduleMeeting(command: ScheduleMeeting, state: MaracMeetingState): MaracMeetingEvent[] {
  if (state.status === 'cancelled') throw new IllegalStateError('This meeting was cancelled; schedule a new meeting instead.');
  if (state.status !== 'not-scheduled') throw new IllegalStateError('This meeting is already scheduled.');
  requireId(command.meetingId, 'meeting id');
  requireId(command.maracId, 'MARAC id');
  requireId(command.partnershipId, 'partnership id');
  requireDate(command.date, 'meeting date');
  return [
    {
      type: 'MeetingScheduled',
      data: { meetingId: command.meetingId, maracId: command.maracId, partnershipId: command.partnershipId, date: command.date },
    },
  ];
}

function cancelMeeting(command: CancelMeeting, state: MaracMeetingState): MaracMeetingEvent[] {
  if (state.status === 'not-scheduled') throw new NotFoundError('There is no such MARAC meeting.');
  if (state.status === 'cancelled') throw new IllegalStateError('This meeting is already cancelled.');
  if (state.status === 'held') throw new IllegalStateError('This meeting has already been held, so it cannot be cancelled.');
  requireDate(command.cancelledOn, 'cancellation date');
  requireOneOf(command.reason, MEETING_CANCELLATION_REASONS, 'The reason for cancelling is not one of the listed reasons.');
  return [
    {
      type: 'MeetingCancelled',
      data: { meetingId: state.meetingId, maracId: state.maracId, cancelledOn: command.cancelledOn, reason: command.reason },
    },
  ];
}

function markMeetingHeld(command: MarkMeetingHeld, state: MaracMeetingState): MaracMeetingEvent[] {
  if (state.status === 'not-scheduled') throw new NotFoundError('There is no such MARAC meeting.');
  if (state.status === 'cancelled') throw new IllegalStateError('This meeting was cancelled, so it cannot be marked as held.');
  if (state.status === 'held') throw new IllegalStateError('This meeting is already marked as held.');
  requireDate(command.heldOn, 'date the meeting was held');
  if (isBefore(command.heldOn, state.date)) {
    throw new IllegalStateError('A meeting cannot be held before the date it is scheduled for.');
  }
  return [{ type: 'MeetingHeld', data: { meetingId: state.meetingId, maracId: state.maracId, heldOn: command.heldOn } }];
}

/**
 * One MARAC meeting, one stream per meeting id (`marac_meeting-<meetingId>`): scheduled once (a second
 * schedule is 409), then either cancelled or held, each once (409 otherwise); commands on a meeting never
 * scheduled are 404.
 */
export const maracMeetingDecider: Decider<MaracMeetingCommand, MaracMeetingState, MaracMeetingEvent> = {
  initialState: () => ({ status: 'not-scheduled' }),

  evolve(state, event) {
    switch (event.type) {
      case 'MeetingScheduled':
        return {
          status: 'scheduled',
          meetingId: event.data.meetingId,
          maracId: event.data.maracId,
          partnershipId: event.data.partnershipId,
          date: event.data.date,
          heldOn: null,
          cancelledOn: null,
          cancellationReason: null,
        };
      case 'MeetingCancelled':
        if (state.status === 'not-scheduled') return state;
        return { ...state, status: 'cancelled', cancelledOn: event.data.cancelledOn, cancellationReason: event.data.reason };
      case 'MeetingHeld':
        if (state.status === 'not-scheduled') return state;
        return { ...state, status: 'held', heldOn: event.data.heldOn };
      default:
        return assertNever(event);
    }
  },

  decide(command, state) {
    switch (command.type) {
      case 'ScheduleMeeting':
        return scheduleMeeting(command, state);
      case 'CancelMeeting':
        return cancelMeeting(command, state);
      case 'MarkMeetingHeld':
        return markMeetingHeld(command, state);
      default:
        return assertNever(command);
    }
  },
};
