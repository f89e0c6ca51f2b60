import type { Role } from '@app/access';

/**
 * What an alert is about. Each kind has a stable string (stored on events, filtered on over HTTP) and an
 * urgency rank: `GET /alerts` lists the most urgent first (lower rank first, then the earliest due).
 */
export const ALERT_KINDS = [
  'marac-action-overdue',
  'marac-repeat-awaiting-relisting',
  'marac-victim-in-other-service',
  'marac-perpetrator-offending-in-iom',
  'vs-reassessment-overdue',
  'vs-case-review-notice-due',
  'case-review-stage-due-soon',
  'case-review-stage-overdue',
  'case-review-recommendation-overdue',
  'iom-member-offending',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** 0 is the most urgent: a risk to someone first, then a statutory deadline passed, then one passing, then housekeeping. */
export const ALERT_URGENCY: Readonly<Record<AlertKind, number>> = {
  'marac-victim-in-other-service': 0,
  'marac-perpetrator-offending-in-iom': 0,
  'marac-repeat-awaiting-relisting': 1,
  'iom-member-offending': 1,
  'case-review-stage-overdue': 2,
  'vs-case-review-notice-due': 2,
  'marac-action-overdue': 3,
  'vs-reassessment-overdue': 3,
  'case-review-recommendation-overdue': 3,
  'case-review-stage-due-soon': 4,
};

/** Who an alert is for: everyone with a role in the partnership, the members of a team, or one user (the record's lead). */
export type AlertAudience = { kind: 'role'; role: Role } | { kind: 'team'; team: string } | { kind: 'lead'; userId: string };

/** The record an alert concerns, named by its kind and id only (no personal data): `marac_case` / `<caseId>`. */
export interface AlertRecord {
  kind: string;
  id: string;
}

export const ALERT_STATES = ['scheduled', 'raised', 'acknowledged', 'resolved', 'withdrawn'] as const;
export type AlertState = (typeof ALERT_STATES)[number];
