import { IllegalStateError, InvalidCommandError, NotFoundError } from '@app/domain';
import { given } from '@app/testing';
import { assertMeetingAcceptsCases, maracMeetingDecider, type MaracMeetingState } from './marac-meeting.decider.js';
import type { MaracMeetingEvent, MeetingCancelled, MeetingHeld, MeetingScheduled } from './marac-meeting.events.js';

const meetingId = 'meeting-1';
const maracId = 'marac-north';

const scheduled: MeetingScheduled = { type: 'MeetingScheduled', data: { meetingId, maracId, partnershipId: 'csp-1', date: '2025-03-20' } };
const cancelled: MeetingCancelled = { type: 'MeetingCancelled', data: { meetingId, maracId, cancelledOn: '2025-03-18', reason: 'not-quorate' } };
const held: MeetingHeld = { type: 'MeetingHeld', data: { meetingId, maracId, heldOn: '2025-03-20' } };

const schedule = { type: 'ScheduleMeeting', meetingId, maracId, partnershipId: 'csp-1', date: '2025-03-20' } as const;
const cancel = { type: 'CancelMeeting', meetingId, cancelledOn: '2025-03-18', reason: 'not-quorate' } as const;
const markHeld = { type: 'MarkMeetingHeld', meetingId, heldOn: '2025-03-20' } as const;

function stateAfter(events: MaracMeetingEvent[]): MaracMeetingState {
  return events.reduce(maracMeetingDecider.evolve, maracMeetingDecider.initialState());
}

describe('marac_meeting: ScheduleMeeting', () => {
  it('schedules a meeting', () => {
    given(maracMeetingDecider).when(schedule).then([scheduled]);
  });

  it('refuses scheduling the same meeting twice', () => {
    given(maracMeetingDecider, [scheduled]).when(schedule).thenThrows(IllegalStateError, 'This meeting is already scheduled.');
  });

  it('refuses scheduling a cancelled meeting again', () => {
    given(maracMeetingDecider, [scheduled, cancelled])
      .when(schedule)
      .thenThrows(IllegalStateError, 'This meeting was cancelled; schedule a new meeting instead.');
  });

  it('refuses a malformed date', () => {
    given(maracMeetingDecider)
      .when({ ...schedule, date: '20/03/2025' })
      .thenThrows(InvalidCommandError, 'The meeting date must be a date written YYYY-MM-DD.');
  });
});

describe('marac_meeting: CancelMeeting', () => {
  it('cancels a scheduled meeting', () => {
    given(maracMeetingDecider, [scheduled]).when(cancel).then([cancelled]);
  });

  it('refuses cancelling a meeting that does not exist', () => {
    given(maracMeetingDecider).when(cancel).thenThrows(NotFoundError, 'There is no such MARAC meeting.');
  });

  it('refuses cancelling twice', () => {
    given(maracMeetingDecider, [scheduled, cancelled]).when(cancel).thenThrows(IllegalStateError, 'This meeting is already cancelled.');
  });

  it('refuses cancelling a meeting already held', () => {
    given(maracMeetingDecider, [scheduled, held])
      .when(cancel)
      .thenThrows(IllegalStateError, 'This meeting has already been held, so it cannot be cancelled.');
  });
});

describe('marac_meeting: MarkMeetingHeld', () => {
  it('marks a meeting held', () => {
    given(maracMeetingDecider, [scheduled]).when(markHeld).then([held]);
  });

  it('refuses a meeting held before its date', () => {
    given(maracMeetingDecider, [scheduled])
      .when({ ...markHeld, heldOn: '2025-03-19' })
      .thenThrows(IllegalStateError, 'A meeting cannot be held before the date it is scheduled for.');
  });

  it('refuses a cancelled meeting, a meeting held twice, and a meeting never scheduled', () => {
    given(maracMeetingDecider, [scheduled, cancelled])
      .when(markHeld)
      .thenThrows(IllegalStateError, 'This meeting was cancelled, so it cannot be marked as held.');
    given(maracMeetingDecider, [scheduled, held]).when(markHeld).thenThrows(IllegalStateError, 'This meeting is already marked as held.');
    given(maracMeetingDecider).when(markHeld).thenThrows(NotFoundError, 'There is no such MARAC meeting.');
  });
});

describe('assertMeetingAcceptsCases (before listing or hearing a case)', () => {
  it('returns the meeting’s date for a scheduled or held meeting of the case’s MARAC', () => {
    expect(assertMeetingAcceptsCases(stateAfter([scheduled]), maracId)).toEqual({ meetingId, maracId, date: '2025-03-20' });
    expect(assertMeetingAcceptsCases(stateAfter([scheduled, held]), maracId)).toEqual({ meetingId, maracId, date: '2025-03-20' });
  });

  it('refuses a meeting that does not exist (404)', () => {
    expect(() => assertMeetingAcceptsCases(stateAfter([]), maracId)).toThrow(new NotFoundError('There is no such MARAC meeting.'));
  });

  it('refuses a cancelled meeting (409)', () => {
    expect(() => assertMeetingAcceptsCases(stateAfter([scheduled, cancelled]), maracId)).toThrow(IllegalStateError);
  });

  it('refuses a meeting of another MARAC (409)', () => {
    expect(() => assertMeetingAcceptsCases(stateAfter([scheduled]), 'marac-south')).toThrow(
      new IllegalStateError("This meeting belongs to a different MARAC from the case's."),
    );
  });
});
