import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { deriveId } from '@app/event-store';
import { Deadlines } from '@app/kit';
import { addDays, todayInLondon, type IsoDate } from '@app/periods';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { SEND_DAILY_DIGEST } from './send-daily-digest.command.js';
import { ALERTS_SCHEDULER } from '../raise-alert/raise-alert.handler.js';

/**
 * The daily digest as a chain of kit deadlines, one per day, its id derived from the day: every process
 * asks for the next one at start-up and each firing asks for the following day's, and pg-boss keeps one.
 */
@Injectable()
export class DailyDigestSchedule implements OnApplicationBootstrap {
  constructor(
    private readonly deadlines: Deadlines,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.environment.SMTP_URL === undefined) return;
    const now = new Date();
    const today = todayInLondon(now);
    const todays = this.digestAt(today);
    await this.scheduleFor(todays > now ? today : addDays(today, 1));
  }

  /** The digest of `day`, at ALERT_DIGEST_HOUR_UTC on that day. */
  async scheduleFor(day: IsoDate): Promise<void> {
    const id = deriveId(`alert-digest:${day}`, 'deadline');
    await this.deadlines.schedule({
      id,
      key: 'alert-digest',
      dueAt: this.digestAt(day),
      command: { type: SEND_DAILY_DIGEST, payload: { day } },
      scheduledBy: ALERTS_SCHEDULER,
    });
  }

  private digestAt(day: IsoDate): Date {
    return new Date(`${day}T${String(this.config.environment.ALERT_DIGEST_HOUR_UTC).padStart(2, '0')}:00:00.000Z`);
  }
}
