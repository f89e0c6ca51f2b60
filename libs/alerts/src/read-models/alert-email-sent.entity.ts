import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Each alert e-mail, recorded before it is sent (`alert_emails_sent`): a digest or a notice goes at most once. */
@Entity({ name: 'alert_emails_sent' })
export class AlertEmailSent {
  /** `digest:<day>:<userId>` or `alert:<alertId>:<occurrence>:<userId>`. */
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'timestamptz', name: 'sent_at' }) sentAt: Date;
}
