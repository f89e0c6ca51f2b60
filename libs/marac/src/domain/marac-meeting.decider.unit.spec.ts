import { IllegalStateError, InvalidCommandError, NotFoundError } from '@app/domain';
import { decidingOn, given } from '@app/testing';
import { assertMeetingAcceptsCases, maracMeetingDecider, type MaracMeetingState } from './marac-meeting.decider.js';
import type { MaracMeetingEvent, MeetingCancelled, MeetingHeld, MeetingScheduled } from './marac-meeting.events.js';

/** The day the commands are decided on (the UK date at the command's time): after every date below. */
const TODAY = '2026-06-30';
const meetingDecider = decidingOn(maracMeetingDecider, TODAY);

const meetingId = 'meeting-1';
const maracId = 'marac-north';

const scheduled: MeetingScheduled = { type: 'MeetingScheduled', data: { meetingId, maracId, partnershipId: 'csp-1', date: '2025-03-20' } };
const cancelled: MeetingCancelled = {
  type: 'MeetingCancelled',
  data: { meetingId, maracId, cancelledOn: '2025-03-18', reason: 'not-quorate' },
};
const held: MeetingHeld = { type: 'MeetingHeld', data: { meetingId, maracId, heldOn: '2025-03-20', agenciesPresent: ['police', 'idva'] } };

const schedule = { type: 'ScheduleMeeting', meetingId, maracId, partnershipId: 'csp-1', date: '2025-03-20' } as const;
const cancel = { type: 'CancelMeeting', meetingId, cancelledOn: '2025-03-18', reason: 'not-quorate' } as const;
const markHeld = {
  type: 'MarkMeetingHeld' as const,
  meetingId,
  heldOn: '2025-03-20',
  agenciesPresent: ['police' as const, 'idva' as const, 'police' as const],
};

function stateAfter(events: MaracMeetingEvent[]): MaracMeetingState {
  return events.reduce(maracMeetingDecider.evolve, maracMeetingDecider.initialState());
}

describe('marac_meeting: ScheduleMeeting', () => {
  it('schedules a meeting', () => {
    given(meetingDecider).when(schedule).then([scheduled]);
  });

  it('refuses scheduling the same meeting twice', () => {
    given(meetingDecider, [scheduled]).when(schedule).thenThrows(IllegalStateError, 'This meeting is already scheduled.');
  });

  it('refuses scheduling a cancelled meeting again', () => {
    given(meetingDecider, [scheduled, cancelled])
      .when(schedule)
      .thenThrows(IllegalStateError, 'This meeting was cancelled; schedule a new meeting instead.');
  });

  it('refuses a malformed date', () => {
    given(meetingDecider)
      .when({ ...schedule, date: '20/03/2025' })
      .thenThrows(InvalidCommandError, 'The meeting date must be a date written YYYY-MM-DD.');
  });
});

describe('marac_meeting: CancelMeeting', () => {
  it('cancels a scheduled meeting', () => {
    given(meetingDecider, [scheduled]).when(cancel).then([cancelled]);
  });

  it('refuses cancelling a meeting that does not exist', () => {
    given(meetingDecider).when(cancel).thenThrows(NotFoundError, 'There is no such MARAC meeting.');
  });

  it('refuses cancelling twice', () => {
    given(meetingDecider, [scheduled, cancelled]).when(cancel).thenThrows(IllegalStateError, 'This meeting is already cancelled.');
  });

  it('refuses cancelling a meeting already held', () => {
    given(meetingDecider, [scheduled, held])
      .when(cancel)
      .thenThrows(IllegalStateError, 'This meeting has already been held, so it cannot be cancelled.');
  });
});

describe('marac_meeting: MarkMeetingHeld', () => {
  it('marks a meeting held', () => {
    given(meetingDecider, [scheduled]).when(markHeld).then([held]);
  });

  it("takes the meeting's date when no date is given", () => {
    given(meetingDecider, [scheduled])
      .when({ ...markHeld, heldOn: undefined })
      .then([held]);
  });

  it('refuses a meeting held on any other day than its date (it cannot be moved)', () => {
    for (const heldOn of ['2025-03-19', '2025-03-21']) {
      given(meetingDecider, [scheduled])
        .when({ ...markHeld, heldOn })
        .thenThrows(
          IllegalStateError,
          'A meeting is held on its date (2025-03-20); to meet on another day, cancel it and schedule another.',
        );
    }
  });

  it("refuses a meeting whose date is later than today (the UK date at the command's time)", () => {
    given(meetingDecider, [scheduled])
      .when({ ...markHeld, today: '2025-03-19' })
      .thenThrows(IllegalStateError, "This meeting's date is later than today (2025-03-19 in the UK), so it cannot be marked as held yet.");
    given(meetingDecider, [scheduled])
      .when({ ...markHeld, today: '2025-03-20' })
      .then([held]);
  });

  it('needs at least one agency present, each a MARAC agency', () => {
    given(meetingDecider, [scheduled])
      .when({ ...markHeld, agenciesPresent: [] })
      .thenThrows(InvalidCommandError, 'Record at least one agency present at the meeting.');
    given(meetingDecider, [scheduled])
      .when({ ...markHeld, agenciesPresent: ['fire-service' as never] })
      .thenThrows(InvalidCommandError, 'An agency present is not one of the MARAC agencies.');
  });

  it('refuses a cancelled meeting, a meeting held twice, and a meeting never scheduled', () => {
    given(meetingDecider, [scheduled, cancelled])
      .when(markHeld)
      .thenThrows(IllegalStateError, 'This meeting was cancelled, so it cannot be marked as held.');
    given(meetingDecider, [scheduled, held]).when(markHeld).thenThrows(IllegalStateError, 'This meeting is already marked as held.');
    given(meetingDecider).when(markHeld).thenThrows(NotFoundError, 'There is no such MARAC meeting.');
  });
});

describe('assertMeetingAcceptsCases (before listing or hearing a case)', () => {
  it('returns the meeting’s date for a scheduled or held meeting of the case’s MARAC', () => {
    expect(assertMeetingAcceptsCases(stateAfter([scheduled]), maracId)).toEqual({
      meetingId,
      maracId,
      date: '2025-03-20',
      agenciesPresent: null,
    });
    expect(assertMeetingAcceptsCases(stateAfter([scheduled, held]), maracId)).toEqual({
      meetingId,
      maracId,
      date: '2025-03-20',
      agenciesPresent: ['police', 'idva'],
    });
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

describe('marac_meeting: dates that cannot be true', () => {
  it('schedules from 1900-01-01 to two years after today, no earlier and no later (400 naming the field)', () => {
    given(meetingDecider)
      .when({ ...schedule, date: '1066-10-14' })
      .thenThrows(InvalidCommandError, 'The meeting date cannot be earlier than 1900-01-01.');
    given(meetingDecider)
      .when({ ...schedule, date: '9999-01-01' })
      .thenThrows(InvalidCommandError, 'The meeting date cannot be more than two years ahead (after 2028-06-30).');
    given(meetingDecider)
      .when({ ...schedule, date: '2028-06-30' })
      .then([{ ...scheduled, data: { ...scheduled.data, date: '2028-06-30' } }]);
    given(meetingDecider)
      .when({ ...schedule, date: '1900-01-01' })
      .then([{ ...scheduled, data: { ...scheduled.data, date: '1900-01-01' } }]);
  });

  it('refuses a cancellation dated later than today', () => {
    given(meetingDecider, [scheduled])
      .when({ ...cancel, today: '2025-03-17' })
      .thenThrows(InvalidCommandError, 'The cancellation date cannot be later than today (2025-03-17 in the UK).');
  });
});
