import type { DomainEvent } from '@app/domain';
import type { IsoDate } from '@app/periods';
import type { ReferralCriterion } from './marac-codes.js';

export const MARAC_VICTIM_STREAM_CATEGORY = 'marac_victim';

export type PoliceCallOutRecorded = DomainEvent<
  'PoliceCallOutRecorded',
  {
    personId: string;
    callOutId: string;
    date: IsoDate;
  }
>;

export type VictimReferred = DomainEvent<
  'VictimReferred',
  {
    personId: string;
    caseId: string;
    maracId: string;
    referralDate: IsoDate;
    criterion: ReferralCriterion;
    /** True when the referral is within 12 months (inclusive) of this victim's previous referral. */
    repeat: boolean;
    /** The case of that previous referral when `repeat`, else null. */
    previousCaseId: string | null;
    /** Police call-outs in the configured window up to the referral date, as counted for this decision. */
    policeCallOutsInWindow: number;
  }
>;

/** The case of this referral was voided: the referral no longer counts for repeats. */
export type VictimReferralVoided = DomainEvent<'VictimReferralVoided', { personId: string; caseId: string }>;

/** The referral's date was corrected on its case. */
export type VictimReferralDateAmended = DomainEvent<'VictimReferralDateAmended', { personId: string; caseId: string; referralDate: IsoDate }>;

export type MaracVictimEvent = PoliceCallOutRecorded | VictimReferred | VictimReferralVoided | VictimReferralDateAmended;

/** Every event type of the stream with the schema version it is written with. */
export const maracVictimEventTypes = {
  PoliceCallOutRecorded: 1,
  VictimReferred: 1,
  VictimReferralVoided: 1,
  VictimReferralDateAmended: 1,
} as const satisfies Record<MaracVictimEvent['type'], number>;
