import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { RetentionService, type RetentionExpiry } from '@app/access';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { AlertRecipients } from './alert-recipients.js';

/** The retention sweep deletes the alert recipients not seen for ALERT_RECIPIENT_RETENTION_DAYS (default 90). */
@Injectable()
export class AlertRecipientsRetention implements RetentionExpiry, OnModuleInit {
  readonly name = 'alert_recipients';

  constructor(
    private readonly retention: RetentionService,
    private readonly recipients: AlertRecipients,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.retention.registerExpiry(this);
  }

  forgetExpired(now: Date): Promise<number> {
    return this.recipients.forgetUnseen(now, this.config.environment.ALERT_RECIPIENT_RETENTION_DAYS);
  }
}
