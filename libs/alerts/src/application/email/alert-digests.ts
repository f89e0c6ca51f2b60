import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CommandExecutor } from '@app/event-store';
import { errorSummary } from '@app/platform';
import type { IsoDate } from '@app/periods';
import type { AlertKind, AlertSubject } from '../../domain/index.js';
import { visibleAlerts } from '../../read-models/alert-visibility.js';
import { isAlertFor } from '../alert-access.js';
import { alertSettingsOn } from '../alert-streams.js';
import { digestText, noticeText } from './alert-email-texts.js';
import { AlertMailer } from './alert-mailer.js';
import { AlertRecipients } from './alert-recipients.js';

/**
 * The alert e-mails: a daily digest to everyone with open alerts (counts by kind and one link) and, for the
 * kinds a partnership chooses, a notice as each is raised. Each e-mail is recorded before it is sent, so a
 * second firing (another process, a retry) sends nothing twice; an e-mail that fails after being recorded
 * is not retried (at most once: a digest comes again tomorrow, and the alert is in the list).
 */
@Injectable()
export class AlertDigests {
  private readonly logger = new Logger('AlertDigests');

  constructor(
    private readonly dataSource: DataSource,
    private readonly executor: CommandExecutor,
    private readonly recipients: AlertRecipients,
    private readonly mailer: AlertMailer,
  ) {}

  /** Sends the day's digest to every recipient with open alerts; answers how many were sent. */
  async sendDaily(day: IsoDate): Promise<number> {
    if (!this.mailer.configured) return 0;
    let sent = 0;
    for (const { caller, email } of await this.recipients.all()) {
      const params: unknown[] = [];
      const visible = visibleAlerts(caller, 'all', params);
      const counts = await this.dataSource.query<{ kind: AlertKind; count: number }[]>(
        `SELECT kind, count(*)::int AS count FROM alerts WHERE state IN ('raised', 'acknowledged') AND ${visible}
         GROUP BY kind, urgency ORDER BY urgency, kind`,
        params,
      );
      if (counts.length === 0 || !(await this.recipients.claim(`digest:${day}:${caller.id}`))) continue;
      if (await this.deliver(email, digestText(counts, this.mailer.baseUrl))) sent++;
    }
    return sent;
  }

  /** Sends the notice of a raised alert to those it is for, if its partnership e-mails its kind at once. */
  async sendNotice(subject: AlertSubject, occurrence: number, day: IsoDate): Promise<number> {
    if (!this.mailer.configured) return 0;
    const settings = await alertSettingsOn(this.executor, subject.partnershipId, day);
    if (!settings.immediateEmailKinds.includes(subject.kind)) return 0;
    let sent = 0;
    for (const { caller, email } of await this.recipients.all(subject.partnershipId)) {
      if (!isAlertFor(caller, subject.partnershipId, subject.audience)) continue;
      if (!(await this.recipients.claim(`alert:${subject.alertId}:${occurrence}:${caller.id}`))) continue;
      if (await this.deliver(email, noticeText(subject.kind, subject.dueOn, subject.link, this.mailer.baseUrl))) sent++;
    }
    return sent;
  }

  private async deliver(to: string, message: { subject: string; text: string }): Promise<boolean> {
    try {
      await this.mailer.send({ to, ...message });
      return true;
    } catch (error) {
      // The address is personal data: the log says only that a send failed, and why in general terms.
      this.logger.warn({ err: errorSummary(error) }, 'an alert e-mail could not be sent');
      return false;
    }
  }
}
