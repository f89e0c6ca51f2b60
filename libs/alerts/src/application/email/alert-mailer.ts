import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@app/platform';

/** Alert e-mails over SMTP (SMTP_URL); with no server configured nothing is sent. */
@Injectable()
export class AlertMailer implements OnApplicationShutdown {
  private transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.environment.SMTP_URL !== undefined;
  }

  get baseUrl(): string {
    return this.config.environment.PUBLIC_BASE_URL.replace(/\/+$/, '');
  }

  async send(message: { to: string; subject: string; text: string }): Promise<void> {
    if (!this.configured) return;
    this.transport ??= nodemailer.createTransport(this.config.environment.SMTP_URL);
    await this.transport.sendMail({ from: this.config.environment.MAIL_FROM, ...message });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
