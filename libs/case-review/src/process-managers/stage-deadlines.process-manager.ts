import { Inject } from '@nestjs/common';
import { EVENT_STORE, EventCodec, type EventEnvelope, type EventStore } from '@app/event-store';
import { cancelDeadline, DurableProcessManager, scheduleDeadline, type ProcessManager, type Reaction } from '@app/kit';
import type { IsoDate } from '@app/periods';
import {
  CASE_REVIEW_STREAM_CATEGORY,
  type CaseReviewApplicationEvent,
  type CaseReviewApplicationReceived,
  type CaseReviewStage,
  stageAlertTimes,
} from '../domain/index.js';
import { applicationStream } from '../application/application-command.js';
import { RAISE_STAGE_ALERT, type RaiseStageAlertInput } from '../application/raise-stage-alert/raise-stage-alert.command.js';

export const STAGE_DEADLINES_PROCESS_MANAGER = 'case_review_stage_deadlines';

const deadlineKey = (applicationId: string) => `case-review:${applicationId}`;

/** The stage an event leaves waiting, and its due date; null when nothing waits (the outcome sent). */
function waitingStage(event: CaseReviewApplicationEvent): { stage: CaseReviewStage; dueOn: IsoDate } | null | undefined {
  switch (event.type) {
    case 'CaseReviewApplicationReceived':
      return { stage: 'acknowledge', dueOn: event.data.acknowledgeBy };
    case 'CaseReviewApplicationAcknowledged':
      return { stage: 'decide', dueOn: event.data.decideBy };
    case 'CaseReviewThresholdDecided':
      return event.data.next;
    case 'CaseReviewHeld':
      return { stage: 'outcome', dueOn: event.data.outcomeBy };
    case 'CaseReviewEscalationDecided':
      return event.data.reviewBy === null ? undefined : { stage: 'review', dueOn: event.data.reviewBy };
    case 'CaseReviewOutcomeSent':
      return null;
    default:
      return undefined;
  }
}

/**
 * Each stage of an application has a due date (working days, recorded on the event that starts it). When a
 * stage starts, this schedules two deadlines on the kit's deadline queue: "due soon" on the morning the
 * procedure's `dueSoonWorkingDays` working days before (the procedure recorded on the application's first
 * event, which never changes, so `react` stays deterministic), and "overdue" on the day after; the command they fire raises the alert-ready event
 * only if the stage is still waiting for that date (the decider's rule), so a stage done in time, or a
 * deadline fired twice, raises nothing. Sending the outcome cancels what is pending. (A stage's deadlines
 * are not cancelled when the next starts: a replayed event would cancel what it had just scheduled, and
 * pg-boss keeps the id of a cancelled job, so they fire and change nothing.)
 */
@DurableProcessManager()
export class StageDeadlinesProcessManager implements ProcessManager {
  readonly name = STAGE_DEADLINES_PROCESS_MANAGER;
  readonly eventTypes = [
    'CaseReviewApplicationReceived',
    'CaseReviewApplicationAcknowledged',
    'CaseReviewThresholdDecided',
    'CaseReviewHeld',
    'CaseReviewEscalationDecided',
    'CaseReviewOutcomeSent',
  ];
  readonly categories = [CASE_REVIEW_STREAM_CATEGORY];

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: EventCodec,
  ) {}

  async react({ event }: EventEnvelope<CaseReviewApplicationEvent>): Promise<Reaction[]> {
    const waiting = waitingStage(event);
    if (waiting === undefined) return [];
    const applicationId = event.data.applicationId;
    const key = deadlineKey(applicationId);
    if (waiting === null) return [cancelDeadline(key)];
    const received = event.type === 'CaseReviewApplicationReceived' ? event : await this.receivedEvent(applicationId);
    if (!received) return [];
    const { dueSoonAt, overdueAt } = stageAlertTimes(waiting.dueOn, received.data.procedure.dueSoonWorkingDays);
    const alert = (kind: RaiseStageAlertInput['kind'], at: string) =>
      scheduleDeadline({
        key,
        dueAt: new Date(at),
        command: { type: RAISE_STAGE_ALERT, payload: { applicationId, stage: waiting.stage, dueOn: waiting.dueOn, kind } },
      });
    return [alert('due-soon', dueSoonAt), alert('overdue', overdueAt)];
  }

  /** The application's first event, as the current schema reads it (upcast; no personal data revealed). */
  private async receivedEvent(applicationId: string): Promise<CaseReviewApplicationReceived | undefined> {
    const [first] = await this.codec.decode(await this.store.readStream(applicationStream(applicationId), { maxCount: 1 }), {
      revealPersonalData: false,
    });
    return first?.event.type === 'CaseReviewApplicationReceived' ? (first.event as CaseReviewApplicationReceived) : undefined;
  }
}
