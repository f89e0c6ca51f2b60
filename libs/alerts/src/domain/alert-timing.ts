import { assertNever } from '@app/domain';
import { addDays, type IsoDate } from '@app/periods';
import type { AlertSettings } from './alert-settings.js';

/**
 * When an alert is due, and when it is raised, by the partnership's thresholds: at once for what has just
 * happened; otherwise on the morning (07:00 UTC) of the threshold day, so that it is there when people
 * start work. Pure: the settings in force come in. (A Case Review stage's alerts have no timing here: they
 * are raised at once from Case Review's own CaseReviewStageDueSoon / CaseReviewStageOverdue.)
 */
export type AlertTiming =
  | { rule: 'now' }
  | { rule: 'marac-action-overdue'; dueOn: IsoDate }
  | { rule: 'reassessment-overdue'; dueOn: IsoDate }
  | { rule: 'reassessment-cadence'; assessedOn: IsoDate; level: 'standard' | 'medium' | 'high' }
  | { rule: 'recommendation-overdue'; dueOn: IsoDate };

const morningOf = (day: IsoDate) => `${day}T07:00:00.000Z`;

/** `dueOn` null: the timing's own due date stands. Null altogether: nothing falls due (a standard-risk case has no cadence). */
export function alertTimeFor(timing: AlertTiming, settings: AlertSettings, now: string): { dueOn: IsoDate | null; raiseAt: string } | null {
  switch (timing.rule) {
    case 'now':
      return { dueOn: null, raiseAt: now };
    case 'marac-action-overdue':
      return { dueOn: null, raiseAt: morningOf(addDays(timing.dueOn, settings.maracActionOverdueAfterDays)) };
    case 'reassessment-overdue':
      return { dueOn: null, raiseAt: morningOf(addDays(timing.dueOn, settings.reassessmentOverdueAfterDays)) };
    case 'reassessment-cadence': {
      const days =
        timing.level === 'high'
          ? settings.highRiskReassessmentDays
          : timing.level === 'medium'
            ? settings.mediumRiskReassessmentDays
            : null;
      if (days === null) return null;
      const dueOn = addDays(timing.assessedOn, days);
      return { dueOn, raiseAt: morningOf(addDays(dueOn, settings.reassessmentOverdueAfterDays)) };
    }
    case 'recommendation-overdue':
      return { dueOn: null, raiseAt: morningOf(addDays(timing.dueOn, settings.recommendationOverdueAfterDays)) };
    default:
      return assertNever(timing);
  }
}
