import { InvalidCommandError } from '@app/domain';
import type { DatedSettingsChange } from '@app/kit';
import { requireDate } from '@app/periods';
import { BEHAVIOUR_TYPES, type BehaviourType } from './case-review-codes.js';

/** The statutory threshold: a review must follow 3 qualifying complaints; a partnership may set fewer, never more. */
export const STATUTORY_THRESHOLD = 3;

/** Working days before a stage's due date that it is "due soon": what every application received before the setting existed was timed by. */
export const DEFAULT_DUE_SOON_WORKING_DAYS = 2;

/**
 * A partnership's Case Review procedure (flat, so a PATCH changes only what it names; each change takes
 * effect on a day, and an application is decided by the procedure in force when it was received).
 */
export interface CaseReviewSettings {
  /** Qualifying complaints that meet the threshold: 1 to 3. */
  threshold: number;
  /** Lower thresholds for some behaviour (e.g. 1 for a hate incident): the lowest that the application's behaviour names applies. */
  thresholdsByBehaviour: Partial<Record<BehaviourType, number>>;
  /** A complaint qualifies when made within this many calendar months of the latest behaviour it complains of. */
  complaintWithinMonths: number;
  /** Only complaints made in this many months before the application count. */
  complaintsLookbackMonths: number;
  /** Working days (England and Wales) for each stage, from the end of the one before. */
  acknowledgeWorkingDays: number;
  decideWorkingDays: number;
  reviewWorkingDays: number;
  outcomeWorkingDays: number;
  /**
   * A stage is "due soon" this many working days before its due date: the log's flag, and the morning its
   * due-soon deadline raises CaseReviewStageDueSoon (the alert). One number for both, so they cannot disagree.
   */
  dueSoonWorkingDays: number;
}

export const CASE_REVIEW_SETTING_NAMES = [
  'threshold',
  'thresholdsByBehaviour',
  'complaintWithinMonths',
  'complaintsLookbackMonths',
  'acknowledgeWorkingDays',
  'decideWorkingDays',
  'reviewWorkingDays',
  'outcomeWorkingDays',
  'dueSoonWorkingDays',
] as const satisfies readonly (keyof CaseReviewSettings)[];

export const DEFAULT_CASE_REVIEW_SETTINGS: Readonly<CaseReviewSettings> = Object.freeze({
  threshold: STATUTORY_THRESHOLD,
  thresholdsByBehaviour: {},
  complaintWithinMonths: 1,
  complaintsLookbackMonths: 6,
  acknowledgeWorkingDays: 10,
  decideWorkingDays: 15,
  reviewWorkingDays: 20,
  outcomeWorkingDays: 5,
  dueSoonWorkingDays: DEFAULT_DUE_SOON_WORKING_DAYS,
});

const isWholeIn = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** A change's own content (messages name the setting, never a value). */
export function validateCaseReviewSettingsChange(change: DatedSettingsChange<CaseReviewSettings>): void {
  requireDate(change.effectiveFrom, 'date the change takes effect');
  const { threshold, thresholdsByBehaviour, complaintWithinMonths, complaintsLookbackMonths } = change.changes;
  if (threshold !== undefined && !isWholeIn(threshold, 1, STATUTORY_THRESHOLD)) {
    throw new InvalidCommandError(
      `The threshold must be a whole number of qualifying complaints from 1 to ${STATUTORY_THRESHOLD}: the law sets ${STATUTORY_THRESHOLD} as the most.`,
    );
  }
  if (thresholdsByBehaviour !== undefined) {
    if (typeof thresholdsByBehaviour !== 'object' || thresholdsByBehaviour === null || Array.isArray(thresholdsByBehaviour)) {
      throw new InvalidCommandError('The thresholds by behaviour must map behaviour types to numbers of complaints.');
    }
    for (const [behaviour, value] of Object.entries(thresholdsByBehaviour)) {
      if (!(BEHAVIOUR_TYPES as readonly string[]).includes(behaviour)) {
        throw new InvalidCommandError(
          `The thresholds by behaviour name a behaviour type that does not exist; use ${BEHAVIOUR_TYPES.join(', ')}.`,
        );
      }
      if (!isWholeIn(value, 1, STATUTORY_THRESHOLD)) {
        throw new InvalidCommandError(`A threshold for a behaviour type must be a whole number from 1 to ${STATUTORY_THRESHOLD}.`);
      }
    }
  }
  if (complaintWithinMonths !== undefined && !isWholeIn(complaintWithinMonths, 1, 12)) {
    throw new InvalidCommandError('The months within which a complaint qualifies must be a whole number from 1 to 12.');
  }
  if (complaintsLookbackMonths !== undefined && !isWholeIn(complaintsLookbackMonths, 1, 24)) {
    throw new InvalidCommandError('The months of complaints that count must be a whole number from 1 to 24.');
  }
  for (const name of ['acknowledgeWorkingDays', 'decideWorkingDays', 'reviewWorkingDays', 'outcomeWorkingDays'] as const) {
    const value = change.changes[name];
    if (value !== undefined && !isWholeIn(value, 1, 120)) {
      throw new InvalidCommandError(`${name} must be a whole number of working days from 1 to 120.`);
    }
  }
  if (change.changes.dueSoonWorkingDays !== undefined && !isWholeIn(change.changes.dueSoonWorkingDays, 1, 20)) {
    throw new InvalidCommandError('dueSoonWorkingDays must be a whole number of working days from 1 to 20.');
  }
}

/** Settings as a whole: a behaviour's threshold is never above the partnership's own (it may only lower it). */
export function validateCaseReviewSettings(settings: CaseReviewSettings): void {
  for (const value of Object.values(settings.thresholdsByBehaviour)) {
    if (value !== undefined && value > settings.threshold) {
      throw new InvalidCommandError("A threshold for a behaviour type may only be lower than the partnership's threshold, not above it.");
    }
  }
}
