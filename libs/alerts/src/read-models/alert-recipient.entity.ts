import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who alert e-mails can go to (`alert_recipients`): users are known only from their tokens, so each user's
 * e-mail address, roles, teams and partnerships are kept as their token last said (personal data of users).
 * Changed by their next authenticated request whose claims differ, deleted when a token no longer has an
 * address, by the retention sweep ALERT_RECIPIENT_RETENTION_DAYS after `seen_at`, or by an admin
 * (`DELETE /alert-recipients/{userId}`); the address is never logged.
 */
@Entity({ name: 'alert_recipients' })
export class AlertRecipient {
  @PrimaryColumn({ type: 'text', name: 'user_id' }) userId: string;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text', array: true }) roles: string[];
  @Column({ type: 'text', array: true }) partnerships: string[];
  @Column({ type: 'text', array: true }) teams: string[];
  /** The user's last authenticated request, to the day (touched by the first request of each day). */
  @Column({ type: 'timestamptz', name: 'seen_at' }) seenAt: Date;
}
