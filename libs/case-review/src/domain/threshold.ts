import { addMonths, isAfter, isBefore, isWithinMonthsBefore, type IsoDate } from '@app/periods';
import type { BehaviourType } from './case-review-codes.js';
import type { CaseReviewSettings } from './case-review-settings.js';

/** A complaint already made to a relevant body, as the application lists it. */
export interface Complaint {
  madeOn: IsoDate;
  body: string;
  /** Named for a housing provider; null for the council, police or ICB. */
  bodyName: string | null;
  /** The date or dates of the behaviour complained of (at least one). */
  behaviourDates: IsoDate[];
  /** The body's reference, when the applicant has it. */
  reference: string | null;
}

export type ComplaintVerdict =
  | { qualifies: true; reason: 'qualifies' }
  | {
      qualifies: false;
      reason:
        | 'made-too-long-after-the-behaviour'
        | 'made-before-the-behaviour'
        | 'outside-the-months-before-the-application'
        | 'made-after-the-application';
    };

export interface ThresholdAssessment {
  /** One verdict per complaint, in the application's order. */
  complaints: ComplaintVerdict[];
  qualifyingComplaints: number;
  /** The number needed: the partnership's threshold, or a lower one for the application's behaviour. */
  required: number;
  met: boolean;
}

/** The latest behaviour date a complaint names. */
function latest(dates: readonly IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (isAfter(b, a) ? b : a));
}

/**
 * Whether one complaint counts: made within `complaintWithinMonths` calendar months of the latest behaviour
 * it complains of (the same day number of the next month still qualifies, the day after does not), and in
 * the `complaintsLookbackMonths` months up to the application.
 */
export function complaintVerdict(complaint: Complaint, receivedOn: IsoDate, settings: CaseReviewSettings): ComplaintVerdict {
  const behaviour = latest(complaint.behaviourDates);
  if (isAfter(complaint.madeOn, receivedOn)) return { qualifies: false, reason: 'made-after-the-application' };
  if (isBefore(complaint.madeOn, behaviour)) return { qualifies: false, reason: 'made-before-the-behaviour' };
  if (isAfter(complaint.madeOn, addMonths(behaviour, settings.complaintWithinMonths))) {
    return { qualifies: false, reason: 'made-too-long-after-the-behaviour' };
  }
  if (!isWithinMonthsBefore(receivedOn, complaint.madeOn, settings.complaintsLookbackMonths)) {
    return { qualifies: false, reason: 'outside-the-months-before-the-application' };
  }
  return { qualifies: true, reason: 'qualifies' };
}

/** The number of qualifying complaints that meets the threshold for this behaviour: the lowest that applies. */
export function requiredComplaints(settings: CaseReviewSettings, behaviourTypes: readonly BehaviourType[]): number {
  const lower = behaviourTypes.map((type) => settings.thresholdsByBehaviour[type]).filter((n): n is number => n !== undefined);
  return Math.min(settings.threshold, ...lower);
}

/** The threshold decision, computed from the complaints (never typed in). */
export function assessThreshold(
  complaints: readonly Complaint[],
  receivedOn: IsoDate,
  behaviourTypes: readonly BehaviourType[],
  settings: CaseReviewSettings,
): ThresholdAssessment {
  const verdicts = complaints.map((complaint) => complaintVerdict(complaint, receivedOn, settings));
  const qualifyingComplaints = verdicts.filter((verdict) => verdict.qualifies).length;
  const required = requiredComplaints(settings, behaviourTypes);
  return { complaints: verdicts, qualifyingComplaints, required, met: qualifyingComplaints >= required };
}
