import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who alert e-mails can go to (`alert_recipients`): users are known only from their tokens, so each user's
 * e-mail address, roles, teams and partnerships are kept as their token last said when they opened their
 * alerts. Erased or changed by the next token; the address is never logged.
 */
@Entity({ name: 'alert_recipients' })
export class AlertRecipient {
  @PrimaryColumn({ type: 'text', name: 'user_id' }) userId: string;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text', array: true }) roles: string[];
  @Column({ type: 'text', array: true }) partnerships: string[];
  @Column({ type: 'text', array: true }) teams: string[];
  @Column({ type: 'timestamptz', name: 'seen_at' }) seenAt: Date;
}
