import type { EventEnvelope } from '@app/event-store';
import { dispatch, DurableProcessManager, type ProcessManager, type Reaction } from '@app/kit';
import { SendAlertNoticeCommand } from '../application/email/send-alert-notice.command.js';
import { ALERT_STREAM_CATEGORY, type AlertRaised } from '../domain/index.js';

/** Each raised alert, for the immediate e-mail of the kinds a partnership chooses (the command decides; it sends once). */
@DurableProcessManager()
export class AlertNoticesProcessManager implements ProcessManager {
  readonly name = 'alert_notices';
  readonly eventTypes = ['AlertRaised'];
  readonly categories = [ALERT_STREAM_CATEGORY];

  react({ event }: EventEnvelope<AlertRaised>): Reaction[] {
    const { alertId, kind, partnershipId, record, audience, dueOn, link, occurrence } = event.data;
    const subject = { alertId, kind, partnershipId, record, audience, dueOn, link };
    return [dispatch((context) => new SendAlertNoticeCommand(subject, occurrence, context))];
  }
}
