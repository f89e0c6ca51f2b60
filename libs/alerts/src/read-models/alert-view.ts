import { ApiProperty } from '@nestjs/swagger';
import { ALERT_KINDS } from '../domain/index.js';

export class AlertRecordView {
  @ApiProperty({ example: 'marac_case', description: 'The kind of record: marac_case, vs_case, case_review, iom_offender.' }) kind: string;
  @ApiProperty({ example: '5f0c…' }) id: string;
}

export class AlertAudienceView {
  @ApiProperty({ enum: ['role', 'team', 'lead'], example: 'role' }) kind: string;
  @ApiProperty({ example: 'coordinator', description: 'The role, the team, or the lead user id.' }) value: string;
}

/** An alert as lists and the live stream show it: kinds, ids, dates and a link, never a name. */
export class AlertView {
  @ApiProperty() alertId: string;
  @ApiProperty({ enum: ALERT_KINDS }) kind: string;
  @ApiProperty({ enum: ['raised', 'acknowledged', 'resolved'] }) state: string;
  @ApiProperty({ type: 'integer', description: '0 is the most urgent.' }) urgency: number;
  @ApiProperty({ type: 'integer', description: 'How many times this alert has been raised (a resolved alert can be raised again).' })
  occurrence: number;
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @ApiProperty({ type: AlertRecordView }) record: AlertRecordView;
  @ApiProperty({ type: AlertAudienceView }) audience: AlertAudienceView;
  @ApiProperty({ format: 'date', description: 'When what it is about was or is due (or happened).' }) dueOn: string;
  @ApiProperty({ example: '/marac/cases/5f0c…', description: "The record's path in this API." }) link: string;
  @ApiProperty({ format: 'date-time' }) raisedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) acknowledgedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) acknowledgedBy: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) resolvedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Null when it resolved itself.' }) resolvedBy: string | null;
  @ApiProperty({ description: 'It resolved itself: its cause went away.' }) autoResolved: boolean;
}

/** The row of `alerts` as SQL returns it (dates as text). */
export interface AlertSqlRow {
  alert_id: string;
  partnership_id: string;
  kind: string;
  urgency: number;
  state: string;
  occurrence: number;
  record_kind: string;
  record_id: string;
  audience_kind: string;
  audience_value: string;
  due_on: string;
  link: string;
  raised_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  auto_resolved: boolean;
  last_revision: number;
}

/** The columns of `alerts` as AlertSqlRow reads them (the due date as text: pg would make it a Date in the server's zone). */
export const ALERT_SELECT = `alert_id, partnership_id, kind, urgency, state, occurrence, record_kind, record_id, audience_kind, audience_value,
  due_on::text AS due_on, link, raised_at, acknowledged_at, acknowledged_by, resolved_at, resolved_by, auto_resolved, last_revision`;

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

export function alertViewOf(row: AlertSqlRow): AlertView {
  return {
    alertId: row.alert_id,
    kind: row.kind,
    state: row.state,
    urgency: Number(row.urgency),
    occurrence: Number(row.occurrence),
    partnershipId: row.partnership_id,
    record: { kind: row.record_kind, id: row.record_id },
    audience: { kind: row.audience_kind, value: row.audience_value },
    dueOn: row.due_on,
    link: row.link,
    raisedAt: iso(row.raised_at)!,
    acknowledgedAt: iso(row.acknowledged_at),
    acknowledgedBy: row.acknowledged_by,
    resolvedAt: iso(row.resolved_at),
    resolvedBy: row.resolved_by,
    autoResolved: row.auto_resolved,
  };
}
