import { assertNever, IllegalStateError, InvalidCommandError, NotFoundError, requireId, requireOneOf, type Decider } from '@app/domain';
import { isAfter, requireDate, requireDateThatHappened, requirePlannedDate, type IsoDate } from '@app/periods';
import { MARAC_AGENCIES, MEETING_CANCELLATION_REASONS, type MaracAgency, type MeetingCancellationReason } from './marac-codes.js';
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
  /** Recorded when the meeting is marked held (none for a meeting held before this was recorded). */
  agenciesPresent: MaracAgency[];
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
): { meetingId: string; maracId: string; date: IsoDate; agenciesPresent: MaracAgency[] | null } {
  if (state.status === 'not-scheduled') throw new NotFoundError('There is no such MARAC meeting.');
  if (state.status === 'cancelled') throw new IllegalStateError('This meeting was cancelled, so no case can be listed or heard at it.');
  if (state.maracId !== maracId) throw new IllegalStateError("This meeting belongs to a different MARAC from the case's.");
  const agenciesPresent = state.status === 'held' && state.agenciesPresent.length > 0 ? state.agenciesPresent : null;
  return { meetingId: state.meetingId, maracId: state.maracId, date: state.date, agenciesPresent };
}

function scheduleMeeting(command: ScheduleMeeting, state: MaracMeetingState): MaracMeetingEvent[] {
  if (state.status === 'cancelled') throw new IllegalStateError('This meeting was cancelled; schedule a new meeting instead.');
  if (state.status !== 'not-scheduled') throw new IllegalStateError('This meeting is already scheduled.');
  requireId(command.meetingId, 'meeting id');
  requireId(command.maracId, 'MARAC id');
  requireId(command.partnershipId, 'partnership id');
  requirePlannedDate(command.date, 'meeting date', command.today);
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
  requireDateThatHappened(command.cancelledOn, 'cancellation date', command.today);
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
  const heldOn = command.heldOn ?? state.date;
  requireDate(heldOn, 'date the meeting was held');
  if (heldOn !== state.date) {
    throw new IllegalStateError(`A meeting is held on its date (${state.date}); to meet on another day, cancel it and schedule another.`);
  }
  if (isAfter(state.date, command.today)) {
    throw new IllegalStateError(
      `This meeting's date is later than today (${command.today} in the UK), so it cannot be marked as held yet.`,
    );
  }
  if (!Array.isArray(command.agenciesPresent) || command.agenciesPresent.length === 0) {
    throw new InvalidCommandError('Record at least one agency present at the meeting.');
  }
  for (const agency of command.agenciesPresent) {
    requireOneOf(agency, MARAC_AGENCIES, 'An agency present is not one of the MARAC agencies.');
  }
  return [
    {
      type: 'MeetingHeld',
      data: { meetingId: state.meetingId, maracId: state.maracId, heldOn, agenciesPresent: [...new Set(command.agenciesPresent)] },
    },
  ];
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
          agenciesPresent: [],
          cancelledOn: null,
          cancellationReason: null,
        };
      case 'MeetingCancelled':
        if (state.status === 'not-scheduled') return state;
        return { ...state, status: 'cancelled', cancelledOn: event.data.cancelledOn, cancellationReason: event.data.reason };
      case 'MeetingHeld':
        if (state.status === 'not-scheduled') return state;
        return { ...state, status: 'held', heldOn: event.data.heldOn, agenciesPresent: [...event.data.agenciesPresent] };
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
