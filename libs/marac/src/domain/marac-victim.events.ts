import type { DomainEvent } from '@app/domain';
import type { IsoDate } from '@app/periods';
import type { ReferralCriterion, RepeatReclassificationReason } from './marac-codes.js';

export const MARAC_VICTIM_STREAM_CATEGORY = 'marac_victim';

export type PoliceCallOutRecorded = DomainEvent<
  'PoliceCallOutRecorded',
  {
    personId: string;
    callOutId: string;
    date: IsoDate;
  }
>;

/**
 * Version 2 adds `perpetratorPersonIds`. Version 1 (written before the history recorded perpetrators) reads
 * with `null` there: not recorded. The upgrade step records them from the case (VictimReferralPerpetratorsRecorded);
 * until then such a referral counts as sharing a perpetrator with any other (the victim-only rule it was
 * decided under).
 */
export type VictimReferred = DomainEvent<
  'VictimReferred',
  {
    personId: string;
    caseId: string;
    maracId: string;
    referralDate: IsoDate;
    criterion: ReferralCriterion;
    /** The case's perpetrators (person ids), as referred; null on version 1 events (not recorded). */
    perpetratorPersonIds: string[] | null;
    /**
     * True when the referral is within 12 months (inclusive) of this victim's last referral with at least
     * one of the same perpetrators (SafeLives: a repeat of the same victim and perpetrator(s)).
     */
    repeat: boolean;
    /** The case of that previous referral when `repeat`, else null. */
    previousCaseId: string | null;
    /** Police call-outs in the configured window up to the referral date, as counted for this decision. */
    policeCallOutsInWindow: number;
  }
>;

/**
 * A referral registered before the history recorded perpetrators (VictimReferred version 1) now has its
 * case's perpetrators, taken from the case's CaseReferred by the start-up upgrade.
 */
export type VictimReferralPerpetratorsRecorded = DomainEvent<
  'VictimReferralPerpetratorsRecorded',
  { personId: string; caseId: string; perpetratorPersonIds: string[] }
>;

/** The case of this referral was voided: the referral no longer counts for repeats. */
export type VictimReferralVoided = DomainEvent<'VictimReferralVoided', { personId: string; caseId: string }>;

/** The referral's date was corrected on its case. */
export type VictimReferralDateAmended = DomainEvent<
  'VictimReferralDateAmended',
  { personId: string; caseId: string; referralDate: IsoDate }
>;

/**
 * The repeat classification of one of the victim's referrals, as its case holds it, is not what the victim's
 * history gives: the case must follow (CaseRepeatReclassified, through the victim-history process manager).
 * Written when a referral is registered after its case was opened on a history that lacked a referral raced
 * in beside it (both read the same history), or when a referral dated earlier arrives after a later one (the
 * later one is then decided against it).
 */
export type VictimReferralReclassified = DomainEvent<
  'VictimReferralReclassified',
  {
    personId: string;
    caseId: string;
    repeat: boolean;
    previousCaseId: string | null;
    reason: RepeatReclassificationReason;
  }
>;

export type MaracVictimEvent =
  | PoliceCallOutRecorded
  | VictimReferred
  | VictimReferralPerpetratorsRecorded
  | VictimReferralVoided
  | VictimReferralDateAmended
  | VictimReferralReclassified;

/** Every event type of the stream with the schema version it is written with. */
export const maracVictimEventTypes = {
  PoliceCallOutRecorded: 1,
  VictimReferred: 2,
  VictimReferralPerpetratorsRecorded: 1,
  VictimReferralVoided: 1,
  VictimReferralDateAmended: 1,
  VictimReferralReclassified: 1,
} as const satisfies Record<MaracVictimEvent['type'], number>;

/** Turns older versions of the victim history's events into the current ones (ContextEventTypes.upcasters). */
export const maracVictimUpcasters = {
  VictimReferred: { 1: (data: unknown) => ({ ...(data as object), perpetratorPersonIds: null }) },
};
