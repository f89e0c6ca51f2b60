import type { AlertKind } from '../../domain/index.js';

/** How each kind is named in an e-mail: what it is, never whom it is about. */
export const ALERT_KIND_LABELS: Readonly<Record<AlertKind, string>> = {
  'marac-action-overdue': 'MARAC action overdue',
  'marac-repeat-awaiting-relisting': 'MARAC repeat awaiting relisting',
  'marac-victim-in-other-service': 'MARAC victim referred to another service',
  'marac-perpetrator-offending-in-iom': 'MARAC perpetrator offending (IOM)',
  'vs-reassessment-overdue': 'Victim service reassessment overdue',
  'vs-case-review-notice-due': 'ASB Case Review notice due',
  'case-review-stage-due-soon': 'ASB Case Review stage due soon',
  'case-review-stage-overdue': 'ASB Case Review stage overdue',
  'case-review-recommendation-overdue': 'ASB Case Review recommendation overdue',
  'iom-member-offending': 'IOM member offending while on the cohort',
};

/** The daily digest: counts by kind and one link (no names, no record ids). */
export function digestText(counts: { kind: AlertKind; count: number }[], baseUrl: string): { subject: string; text: string } {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const lines = counts.map((c) => `${ALERT_KIND_LABELS[c.kind]}: ${c.count}`);
  return {
    subject: `Safer Panels: ${total} open alert${total === 1 ? '' : 's'}`,
    text: [`You have ${total} open alert${total === 1 ? '' : 's'}:`, '', ...lines, '', `Open them: ${baseUrl}/alerts`].join('\n'),
  };
}

/** A notice of one alert, for the kinds a partnership e-mails at once: its kind, due date and the record's link. */
export function noticeText(kind: AlertKind, dueOn: string, link: string, baseUrl: string): { subject: string; text: string } {
  return {
    subject: `Safer Panels alert: ${ALERT_KIND_LABELS[kind]}`,
    text: [
      `A new alert for you: ${ALERT_KIND_LABELS[kind]} (${dueOn}).`,
      '',
      `Open it: ${baseUrl}${link}`,
      `Your alerts: ${baseUrl}/alerts`,
    ].join('\n'),
  };
}
