import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An alert slot's latest raised occurrence (`alerts`): what `GET /alerts` lists. Ids, codes, dates and a link only. */
@Entity({ name: 'alerts' })
@Index('alerts_partnership_state', ['partnershipId', 'state', 'urgency', 'dueOn'])
export class AlertRow {
  @PrimaryColumn({ type: 'text', name: 'alert_id' }) alertId: string;
  @Column({ type: 'text', name: 'partnership_id' }) partnershipId: string;
  @Column({ type: 'text' }) kind: string;
  /** 0 most urgent (ALERT_URGENCY). */
  @Column({ type: 'integer' }) urgency: number;
  /** raised, acknowledged or resolved. */
  @Column({ type: 'text' }) state: string;
  @Column({ type: 'integer' }) occurrence: number;
  @Column({ type: 'text', name: 'record_kind' }) recordKind: string;
  @Column({ type: 'text', name: 'record_id' }) recordId: string;
  /** role, team or lead, and the role's, team's or user's name. */
  @Column({ type: 'text', name: 'audience_kind' }) audienceKind: string;
  @Column({ type: 'text', name: 'audience_value' }) audienceValue: string;
  @Column({ type: 'date', name: 'due_on' }) dueOn: string;
  @Column({ type: 'text' }) link: string;
  @Column({ type: 'timestamptz', name: 'raised_at' }) raisedAt: Date;
  @Column({ type: 'timestamptz', name: 'acknowledged_at', nullable: true }) acknowledgedAt: Date | null;
  @Column({ type: 'text', name: 'acknowledged_by', nullable: true }) acknowledgedBy: string | null;
  @Column({ type: 'timestamptz', name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
  /** Null when it resolved itself (its cause went away). */
  @Column({ type: 'text', name: 'resolved_by', nullable: true }) resolvedBy: string | null;
  @Column({ type: 'boolean', name: 'auto_resolved' }) autoResolved: boolean;
  @Column({ type: 'integer', name: 'last_revision' }) lastRevision: number;
}
