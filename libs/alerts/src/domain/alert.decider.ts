import { assertNever, IllegalStateError, NotFoundError, type Decider } from '@app/domain';
import type { AlertState as AlertStatus } from './alert-kinds.js';
import type { AlertCommand, ClearAlertCause, RaiseOrScheduleAlert } from './alert.commands.js';
import type { AlertEvent, AlertSubject } from './alert.events.js';

export interface AlertSlotState {
  /** `none` before anything was scheduled or raised in this slot. */
  status: AlertStatus | 'none';
  occurrence: number;
  subject: AlertSubject | null;
  raiseAt: string | null;
  raisedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** When what settled the slot happened: a user's resolution, or the recording of the event that removed the cause. */
  settledAt: string | null;
}

export const ALERT_NOT_FOUND = 'There is no such alert.';

const cleared = ({ alertId, now, cause, causedAt }: ClearAlertCause) => ({ alertId, at: now, cause, ...(causedAt ? { causedAt } : {}) });

const isOpen = (state: AlertSlotState) => state.status === 'raised' || state.status === 'acknowledged';

/**
 * An open alert whose cause's due date was corrected: still overdue by the new date, it stays as it is (not
 * raised twice); due later, it resolves (cause `due-date-moved`) and the next occurrence waits for the new time.
 */
function moveOpen({ subject, raiseAt, now, causedAt }: RaiseOrScheduleAlert, state: AlertSlotState): AlertEvent[] {
  if (Date.parse(raiseAt) <= Date.parse(now)) return [];
  return [
    {
      type: 'AlertAutoResolved',
      data: {
        ...cleared({ type: 'ClearAlertCause', alertId: subject.alertId, cause: 'due-date-moved', now, causedAt }),
        occurrence: state.occurrence,
      },
    },
    { type: 'AlertScheduled', data: { ...subject, occurrence: state.occurrence + 1, raiseAt } },
  ];
}

/**
 * One alert slot's life: scheduled -> raised -> acknowledged -> resolved (by a user) or auto-resolved (its
 * cause went away); scheduled -> withdrawn when the cause goes away before it is due. A resolved or
 * withdrawn slot can be scheduled or raised again (a new occurrence). System commands are idempotent by
 * state as well as by command id (raising an open alert, clearing a cleared one: no events), so a process
 * manager replayed after a crash, or two rules raising the same slot, append nothing twice.
 */
export const alertDecider: Decider<AlertCommand, AlertSlotState, AlertEvent> = {
  initialState: () => ({
    status: 'none',
    occurrence: 0,
    subject: null,
    raiseAt: null,
    raisedAt: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
    resolvedAt: null,
    resolvedBy: null,
    settledAt: null,
  }),

  evolve(state, event) {
    switch (event.type) {
      case 'AlertScheduled': {
        const { occurrence, raiseAt, ...subject } = event.data;
        return { ...alertDecider.initialState(), status: 'scheduled', occurrence, subject, raiseAt };
      }
      case 'AlertRaised': {
        const { occurrence, raisedAt, ...subject } = event.data;
        return { ...alertDecider.initialState(), status: 'raised', occurrence, subject, raiseAt: state.raiseAt, raisedAt };
      }
      case 'AlertAcknowledged':
        return { ...state, status: 'acknowledged', acknowledgedBy: event.data.by, acknowledgedAt: event.data.at };
      case 'AlertResolved':
        return { ...state, status: 'resolved', resolvedBy: event.data.by, resolvedAt: event.data.at, settledAt: event.data.at };
      case 'AlertAutoResolved':
        return {
          ...state,
          status: 'resolved',
          resolvedBy: null,
          resolvedAt: event.data.at,
          settledAt: event.data.causedAt ?? event.data.at,
        };
      case 'AlertWithdrawn':
        return { ...state, status: 'withdrawn', resolvedAt: event.data.at, settledAt: event.data.causedAt ?? event.data.at };
      default:
        return assertNever(event);
    }
  },

  decide(command, state) {
    switch (command.type) {
      case 'RaiseOrScheduleAlert': {
        const { subject, raiseAt, now, causedAt } = command;
        if (isOpen(state)) return command.movesDueDate ? moveOpen(command, state) : [];
        // Settled by something later than this cause (the cause's event replayed after a crash): stays settled.
        if (causedAt && state.settledAt && Date.parse(state.settledAt) > Date.parse(causedAt)) return [];
        if (state.status === 'scheduled' && state.raiseAt === raiseAt) return [];
        // A scheduled slot moved to another time (a due date amended) keeps its occurrence.
        const occurrence = state.status === 'scheduled' ? state.occurrence : state.occurrence + 1;
        if (Date.parse(raiseAt) <= Date.parse(now)) return [{ type: 'AlertRaised', data: { ...subject, occurrence, raisedAt: now } }];
        return [{ type: 'AlertScheduled', data: { ...subject, occurrence, raiseAt } }];
      }
      case 'RaiseScheduledAlert':
        if (state.status !== 'scheduled' || state.raiseAt !== command.raiseAt || !state.subject) return [];
        return [{ type: 'AlertRaised', data: { ...state.subject, occurrence: state.occurrence, raisedAt: command.now } }];
      case 'ClearAlertCause':
        if (state.status === 'scheduled') {
          return [
            {
              type: 'AlertWithdrawn',
              data: { ...cleared(command), occurrence: state.occurrence },
            },
          ];
        }
        if (isOpen(state)) {
          return [
            {
              type: 'AlertAutoResolved',
              data: { ...cleared(command), occurrence: state.occurrence },
            },
          ];
        }
        return [];
      case 'AcknowledgeAlert':
        if (state.status === 'none' || state.status === 'scheduled') throw new NotFoundError(ALERT_NOT_FOUND);
        if (state.status === 'acknowledged') throw new IllegalStateError('The alert was acknowledged already.');
        if (state.status !== 'raised') throw new IllegalStateError('The alert is resolved: there is nothing to acknowledge.');
        return [
          { type: 'AlertAcknowledged', data: { alertId: command.alertId, occurrence: state.occurrence, by: command.by, at: command.now } },
        ];
      case 'ResolveAlert':
        if (state.status === 'none' || state.status === 'scheduled') throw new NotFoundError(ALERT_NOT_FOUND);
        if (!isOpen(state)) throw new IllegalStateError('The alert is resolved already.');
        return [
          { type: 'AlertResolved', data: { alertId: command.alertId, occurrence: state.occurrence, by: command.by, at: command.now } },
        ];
      default:
        return assertNever(command);
    }
  },
};
