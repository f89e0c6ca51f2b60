import { IllegalStateError, NotFoundError } from '@app/domain';
import { given } from '@app/testing';
import { alertDecider } from './alert.decider.js';
import type { AlertEvent, AlertSubject } from './alert.events.js';

const subject: AlertSubject = {
  alertId: 'a1',
  kind: 'marac-action-overdue',
  partnershipId: 'north',
  record: { kind: 'marac_case', id: 'c1' },
  audience: { kind: 'role', role: 'coordinator' },
  dueOn: '2026-03-02',
  link: '/marac/cases/c1',
};
const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-03T07:00:00.000Z';
const scheduled: AlertEvent = { type: 'AlertScheduled', data: { ...subject, occurrence: 1, raiseAt: LATER } };
const raised: AlertEvent = { type: 'AlertRaised', data: { ...subject, occurrence: 1, raisedAt: LATER } };
const resolved: AlertEvent = { type: 'AlertResolved', data: { alertId: 'a1', occurrence: 1, by: 'u1', at: LATER } };

describe('alert decider', () => {
  it('schedules an alert whose time has not come, and raises one whose time has', () => {
    given(alertDecider).when({ type: 'RaiseOrScheduleAlert', subject, raiseAt: LATER, now: NOW }).then([scheduled]);
    given(alertDecider)
      .when({ type: 'RaiseOrScheduleAlert', subject, raiseAt: NOW, now: LATER })
      .then([{ type: 'AlertRaised', data: { ...subject, occurrence: 1, raisedAt: LATER } }]);
  });

  it('raises nothing twice: an open alert, or one scheduled for the same time, stays as it is', () => {
    given(alertDecider, [raised]).when({ type: 'RaiseOrScheduleAlert', subject, raiseAt: NOW, now: LATER }).then([]);
    given(alertDecider, [scheduled]).when({ type: 'RaiseOrScheduleAlert', subject, raiseAt: LATER, now: NOW }).then([]);
  });

  it('moves a scheduled alert to a new time (a due date amended) in the same occurrence', () => {
    const moved = '2026-03-10T07:00:00.000Z';
    given(alertDecider, [scheduled])
      .when({ type: 'RaiseOrScheduleAlert', subject, raiseAt: moved, now: NOW })
      .then([{ type: 'AlertScheduled', data: { ...subject, occurrence: 1, raiseAt: moved } }]);
  });

  it('moves an open alert whose due date was corrected to later: it resolves and the next occurrence waits for the new time', () => {
    const moved = '2026-03-10T07:00:00.000Z';
    const causedAt = '2026-03-04T00:00:00.000Z';
    const amended = {
      type: 'RaiseOrScheduleAlert',
      subject,
      raiseAt: moved,
      now: '2026-03-04T01:00:00.000Z',
      causedAt,
      movesDueDate: true,
    } as const;
    given(alertDecider, [raised])
      .when(amended)
      .then([
        {
          type: 'AlertAutoResolved',
          data: { alertId: 'a1', occurrence: 1, at: '2026-03-04T01:00:00.000Z', cause: 'due-date-moved', causedAt },
        },
        { type: 'AlertScheduled', data: { ...subject, occurrence: 2, raiseAt: moved } },
      ]);
    // Corrected to another day that has passed too: still overdue, so it stays as raised (nobody is told twice).
    given(alertDecider, [raised])
      .when({ ...amended, raiseAt: '2026-03-03T07:00:00.000Z' })
      .then([]);
    // Without the correction's flag an open alert is never touched by a raise.
    given(alertDecider, [raised])
      .when({ ...amended, movesDueDate: false })
      .then([]);
  });

  it('raises a resolved alert again as a new occurrence', () => {
    given(alertDecider, [raised, resolved])
      .when({ type: 'RaiseOrScheduleAlert', subject, raiseAt: NOW, now: LATER })
      .then([{ type: 'AlertRaised', data: { ...subject, occurrence: 2, raisedAt: LATER } }]);
  });

  it('does not raise again for a cause older than what settled the slot (the event replayed after a crash)', () => {
    given(alertDecider, [raised, resolved])
      .when({ type: 'RaiseOrScheduleAlert', subject, raiseAt: NOW, now: LATER, causedAt: '2026-03-02T00:00:00.000Z' })
      .then([]);
    given(alertDecider, [raised, resolved])
      .when({ type: 'RaiseOrScheduleAlert', subject, raiseAt: NOW, now: '2026-03-05T00:00:00.000Z', causedAt: '2026-03-04T00:00:00.000Z' })
      .then([{ type: 'AlertRaised', data: { ...subject, occurrence: 2, raisedAt: '2026-03-05T00:00:00.000Z' } }]);
  });

  it('raises again when the same event removed and renewed the cause (a reassessment: cleared, then due again)', () => {
    const causedAt = '2026-03-02T00:00:00.000Z';
    const withdrawn: AlertEvent = {
      type: 'AlertWithdrawn',
      data: { alertId: 'a1', occurrence: 1, at: LATER, cause: 'reassessed', causedAt },
    };
    const next = '2026-04-01T07:00:00.000Z';
    given(alertDecider, [scheduled, withdrawn])
      .when({ type: 'RaiseOrScheduleAlert', subject, raiseAt: next, now: LATER, causedAt })
      .then([{ type: 'AlertScheduled', data: { ...subject, occurrence: 2, raiseAt: next } }]);
  });

  it("fires a scheduled alert only if it still waits for that deadline's time", () => {
    given(alertDecider, [scheduled])
      .when({ type: 'RaiseScheduledAlert', alertId: 'a1', raiseAt: LATER, now: LATER })
      .then([{ type: 'AlertRaised', data: { ...subject, occurrence: 1, raisedAt: LATER } }]);
    given(alertDecider, [scheduled]).when({ type: 'RaiseScheduledAlert', alertId: 'a1', raiseAt: NOW, now: LATER }).then([]);
    given(alertDecider, [scheduled, raised]).when({ type: 'RaiseScheduledAlert', alertId: 'a1', raiseAt: LATER, now: LATER }).then([]);
    given(alertDecider).when({ type: 'RaiseScheduledAlert', alertId: 'a1', raiseAt: LATER, now: LATER }).then([]);
  });

  it('withdraws a scheduled alert whose cause went away, and resolves a raised one by itself', () => {
    given(alertDecider, [scheduled])
      .when({ type: 'ClearAlertCause', alertId: 'a1', cause: 'action-completed', now: NOW })
      .then([{ type: 'AlertWithdrawn', data: { alertId: 'a1', occurrence: 1, at: NOW, cause: 'action-completed' } }]);
    given(alertDecider, [raised])
      .when({ type: 'ClearAlertCause', alertId: 'a1', cause: 'action-completed', now: LATER, causedAt: NOW })
      .then([{ type: 'AlertAutoResolved', data: { alertId: 'a1', occurrence: 1, at: LATER, cause: 'action-completed', causedAt: NOW } }]);
    given(alertDecider, [raised, resolved]).when({ type: 'ClearAlertCause', alertId: 'a1', cause: 'x', now: LATER }).then([]);
    given(alertDecider).when({ type: 'ClearAlertCause', alertId: 'a1', cause: 'x', now: LATER }).then([]);
  });

  it('a withdrawn alert is never raised by its old deadline', () => {
    const withdrawn: AlertEvent = { type: 'AlertWithdrawn', data: { alertId: 'a1', occurrence: 1, at: NOW, cause: 'x' } };
    given(alertDecider, [scheduled, withdrawn]).when({ type: 'RaiseScheduledAlert', alertId: 'a1', raiseAt: LATER, now: LATER }).then([]);
  });

  it('acknowledges a raised alert once; resolves an open one once', () => {
    given(alertDecider, [raised])
      .when({ type: 'AcknowledgeAlert', alertId: 'a1', by: 'u2', now: LATER })
      .then([{ type: 'AlertAcknowledged', data: { alertId: 'a1', occurrence: 1, by: 'u2', at: LATER } }]);
    const acknowledged: AlertEvent = { type: 'AlertAcknowledged', data: { alertId: 'a1', occurrence: 1, by: 'u2', at: LATER } };
    given(alertDecider, [raised, acknowledged])
      .when({ type: 'AcknowledgeAlert', alertId: 'a1', by: 'u3', now: LATER })
      .thenThrows(IllegalStateError, /acknowledged already/);
    given(alertDecider, [raised, acknowledged])
      .when({ type: 'ResolveAlert', alertId: 'a1', by: 'u3', now: LATER })
      .then([{ type: 'AlertResolved', data: { alertId: 'a1', occurrence: 1, by: 'u3', at: LATER } }]);
    given(alertDecider, [raised, resolved])
      .when({ type: 'ResolveAlert', alertId: 'a1', by: 'u3', now: LATER })
      .thenThrows(IllegalStateError, /resolved already/);
    given(alertDecider, [raised, resolved])
      .when({ type: 'AcknowledgeAlert', alertId: 'a1', by: 'u3', now: LATER })
      .thenThrows(IllegalStateError, /resolved/);
  });

  it('an alert not raised yet (or never) cannot be acknowledged or resolved: 404', () => {
    given(alertDecider).when({ type: 'AcknowledgeAlert', alertId: 'a1', by: 'u', now: NOW }).thenThrows(NotFoundError);
    given(alertDecider, [scheduled]).when({ type: 'ResolveAlert', alertId: 'a1', by: 'u', now: NOW }).thenThrows(NotFoundError);
  });
});
