import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every change of a raised alert, at its log position (`alert_feed`): what the live stream sends, in order,
 * with the position as the event id a client resumes from. The same positions after a rebuild, so a
 * client's Last-Event-ID stays meaningful. The alert as it stood after the change is in `alert`.
 */
@Entity({ name: 'alert_feed' })
@Index('alert_feed_partnership', ['partnershipId', 'positionCommit', 'positionPrepare'])
export class AlertFeedRow {
  @PrimaryColumn({ type: 'numeric', name: 'position_commit' }) positionCommit: string;
  @PrimaryColumn({ type: 'bigint', name: 'position_prepare' }) positionPrepare: string;
  @Column({ type: 'text', name: 'alert_id' }) alertId: string;
  @Column({ type: 'text', name: 'partnership_id' }) partnershipId: string;
  @Column({ type: 'text', name: 'audience_kind' }) audienceKind: string;
  @Column({ type: 'text', name: 'audience_value' }) audienceValue: string;
  /** raised, acknowledged, resolved, auto-resolved. */
  @Column({ type: 'text' }) change: string;
  @Column({ type: 'jsonb' }) alert: Record<string, unknown>;
}
