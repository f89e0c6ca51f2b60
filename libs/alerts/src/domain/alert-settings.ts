import { InvalidCommandError } from '@app/domain';
import type { DatedSettingsChange } from '@app/kit';
import { requireDate } from '@app/periods';
import { ALERT_KINDS, type AlertKind } from './alert-kinds.js';

/**
 * A partnership's alert thresholds (flat, so a PATCH changes only what it names; effective-dated like every
 * partnership setting). An alert is raised from the settings in force on the day it is scheduled.
 */
export interface AlertSettings {
  /** A MARAC action not completed this many days after its due date raises an alert. */
  maracActionOverdueAfterDays: number;
  /** A victim-service reassessment not done this many days after it fell due. */
  reassessmentOverdueAfterDays: number;
  /** Reassessment cadence by risk level, in days after the last assessment (victim services' default: high 14, medium 28). */
  highRiskReassessmentDays: number;
  mediumRiskReassessmentDays: number;
  /** A Case Review recommendation not completed this many days after its due date. */
  recommendationOverdueAfterDays: number;
  /** A MARAC case counts for the cross-service alerts while open, or heard within this many months. */
  crossServiceLookbackMonths: number;
  /** Kinds e-mailed at once as well as in the daily digest. */
  immediateEmailKinds: AlertKind[];
  /** Kinds raised for a team (its members, from the teams claim) instead of their default role. */
  teamsByKind: Partial<Record<AlertKind, string>>;
}

export const ALERT_SETTING_NAMES = [
  'maracActionOverdueAfterDays',
  'reassessmentOverdueAfterDays',
  'highRiskReassessmentDays',
  'mediumRiskReassessmentDays',
  'recommendationOverdueAfterDays',
  'crossServiceLookbackMonths',
  'immediateEmailKinds',
  'teamsByKind',
] as const satisfies readonly (keyof AlertSettings)[];

export const DEFAULT_ALERT_SETTINGS: Readonly<AlertSettings> = Object.freeze({
  maracActionOverdueAfterDays: 1,
  reassessmentOverdueAfterDays: 1,
  highRiskReassessmentDays: 14,
  mediumRiskReassessmentDays: 28,
  recommendationOverdueAfterDays: 1,
  crossServiceLookbackMonths: 12,
  immediateEmailKinds: [],
  teamsByKind: {},
});

/**
 * Settings there used to be, and why they went: a Case Review stage's alerts are raised when Case Review's
 * own deadlines record the stage due soon or overdue, so the timing is that context's alone. Stored changes
 * naming them still decode (the upcaster drops them); a change naming one is refused with this message.
 */
export const RETIRED_ALERT_SETTINGS = {
  caseReviewDueSoonWorkingDays:
    "caseReviewDueSoonWorkingDays is no longer an alert setting: a Case Review stage is due soon by the Case Review procedure's dueSoonWorkingDays (PATCH /partnerships/{partnershipId}/case-review-settings).",
  caseReviewOverdueAfterDays:
    'caseReviewOverdueAfterDays is no longer an alert setting: a Case Review stage is overdue the day after its due date, when Case Review records it overdue.',
} as const;

/** A stored change without the retired settings (what version 2 of AlertSettingsChanged holds). */
export function withoutRetiredSettings<Changes extends object>(changes: Changes): Changes {
  return Object.fromEntries(Object.entries(changes).filter(([name]) => !Object.hasOwn(RETIRED_ALERT_SETTINGS, name))) as Changes;
}

const LIMITS: Record<Exclude<keyof AlertSettings, 'immediateEmailKinds' | 'teamsByKind'>, [number, number]> = {
  maracActionOverdueAfterDays: [0, 90],
  reassessmentOverdueAfterDays: [0, 90],
  highRiskReassessmentDays: [1, 365],
  mediumRiskReassessmentDays: [1, 365],
  recommendationOverdueAfterDays: [0, 90],
  crossServiceLookbackMonths: [1, 36],
};

/** A change's own content (messages name the setting and its range, never the value sent). */
export function validateAlertSettingsChange(change: DatedSettingsChange<AlertSettings>): void {
  requireDate(change.effectiveFrom, 'date the change takes effect');
  for (const [name, [min, max]] of Object.entries(LIMITS) as [keyof typeof LIMITS, [number, number]][]) {
    const value = change.changes[name];
    if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) {
      throw new InvalidCommandError(`${name} must be a whole number from ${min} to ${max}.`);
    }
  }
  const kinds = change.changes.immediateEmailKinds;
  if (kinds !== undefined && !(Array.isArray(kinds) && kinds.every((kind) => (ALERT_KINDS as readonly string[]).includes(kind)))) {
    throw new InvalidCommandError(`immediateEmailKinds must list alert kinds: ${ALERT_KINDS.join(', ')}.`);
  }
  const teams = change.changes.teamsByKind;
  if (
    teams !== undefined &&
    !(
      typeof teams === 'object' &&
      teams !== null &&
      !Array.isArray(teams) &&
      Object.entries(teams).every(
        ([kind, team]) =>
          (ALERT_KINDS as readonly string[]).includes(kind) && typeof team === 'string' && team.trim() !== '' && team.length <= 200,
      )
    )
  ) {
    throw new InvalidCommandError('teamsByKind must map alert kinds to team names (1 to 200 characters).');
  }
}

/** Nothing to check across settings: each stands alone. */
export function validateAlertSettings(): void {}
