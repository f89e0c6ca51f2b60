import type { DomainEvent, PersonalData, RecordAmendedData, RecordVoidedData } from '@app/domain';
import type { DashAnswer, RiskBand } from './dash.js';
import type { IsoDate } from '@app/periods';
import type {
  CaseClosureReason,
  MaracAgency,
  PerpetratorRelationship,
  ReferralCriterion,
  RepeatReclassificationReason,
} from './marac-codes.js';
import type { MaracRecordKind, PerpetratorDetails, VictimDetails } from './marac-case.commands.js';
import type { VictimProfile } from './victim-profile.js';

/**
 * Facts about one MARAC referral episode. Personal data sits only inside PersonalData envelopes (subject:
 * the victim's person id, or a perpetrator's for their own details); after erasure `personal` reads back as
 * null and every other field (dates, agencies, criterion, risk band, profile) still counts.
 */
export const MARAC_CASE_STREAM_CATEGORY = 'marac_case';

/** Free text written about a person (descriptions, notes, reasons). */
export interface FreeText {
  text: string;
}

export type CaseReferred = DomainEvent<
  'CaseReferred',
  {
    caseId: string;
    maracId: string;
    partnershipId: string;
    referralDate: IsoDate;
    referringAgency: MaracAgency;
    criterion: ReferralCriterion;
    isRepeat: boolean;
    previousCaseId: string | null;
    victim: {
      personId: string;
      details: PersonalData<VictimDetails>;
      /** Non-personal: age band and flags, never a date of birth. */
      profile: VictimProfile;
    };
    perpetrators: {
      personId: string;
      relationship: PerpetratorRelationship;
      details: PersonalData<PerpetratorDetails>;
    }[];
  }
>;

export type DashAssessmentRecorded = DomainEvent<
  'DashAssessmentRecorded',
  {
    caseId: string;
    maracId: string;
    assessedOn: IsoDate;
    /** Number of yes answers, 0-24. */
    score: number;
    /** The band the score gives: 0-9 standard, 10-13 medium, 14+ high. */
    actuarialBand: RiskBand;
    /** The level the case is managed at (the override's when there is one). */
    riskBand: RiskBand;
    override: { level: RiskBand; reason: PersonalData<FreeText> } | null;
    /** The answers describe the victim (e.g. pregnancy, threats to kill): personal, victim as subject. */
    answers: PersonalData<{ answers: DashAnswer[] }>;
  }
>;

export type CaseListedForMeeting = DomainEvent<
  'CaseListedForMeeting',
  {
    caseId: string;
    maracId: string;
    meetingId: string;
    meetingDate: IsoDate;
    /** True when the case goes back to MARAC after a further incident. */
    relisting: boolean;
  }
>;

export type CaseHeard = DomainEvent<
  'CaseHeard',
  {
    caseId: string;
    maracId: string;
    meetingId: string;
    heardOn: IsoDate;
    agenciesPresent: MaracAgency[];
    /** Whether the case was a repeat when heard: the numerator of the repeat rate. */
    asRepeat: boolean;
    /** The risk level at the hearing; null if no DASH was recorded. */
    riskBand: RiskBand | null;
  }
>;

export type AgencyActionAdded = DomainEvent<
  'AgencyActionAdded',
  {
    caseId: string;
    maracId: string;
    actionId: string;
    meetingId: string | null;
    agency: MaracAgency;
    dueDate: IsoDate;
    description: PersonalData<FreeText>;
  }
>;

export type AgencyActionCompleted = DomainEvent<
  'AgencyActionCompleted',
  {
    caseId: string;
    maracId: string;
    actionId: string;
    agency: MaracAgency;
    dueDate: IsoDate;
    completedOn: IsoDate;
    /** Completed after its due date. */
    completedLate: boolean;
  }
>;

export type FurtherIncidentReported = DomainEvent<
  'FurtherIncidentReported',
  {
    caseId: string;
    maracId: string;
    incidentId: string;
    date: IsoDate;
    reportedOn: IsoDate;
    reportingAgency: MaracAgency;
    description: PersonalData<FreeText>;
    /**
     * The incident makes the case a repeat (SafeLives: within 12 months of the referral). Every incident the
     * decider accepts is within that window, so this is true today; it is stored so that the read side does
     * not have to re-derive the rule.
     */
    makesRepeat: boolean;
  }
>;

/** A closed case that had been heard reopens when a further incident within 12 months is reported. */
export type CaseReopened = DomainEvent<
  'CaseReopened',
  {
    caseId: string;
    maracId: string;
    reopenedOn: IsoDate;
    incidentId: string;
  }
>;

export type CaseClosed = DomainEvent<
  'CaseClosed',
  {
    caseId: string;
    maracId: string;
    closedOn: IsoDate;
    reason: CaseClosureReason;
    note: PersonalData<FreeText> | null;
  }
>;

/** The fields an amendment event carries per kind of record: descriptions in envelopes, the profile as stored. */
export interface MaracAmendedFields {
  referral: { referralDate: IsoDate; referringAgency: MaracAgency; criterion: ReferralCriterion; profile: VictimProfile };
  hearing: { heardOn: IsoDate; agenciesPresent: MaracAgency[] };
  incident: { date: IsoDate; reportedOn: IsoDate; reportingAgency: MaracAgency; description: PersonalData<FreeText> };
  'agency-action': { agency: MaracAgency; description: PersonalData<FreeText>; dueDate: IsoDate };
}

/** The case a correction belongs to; the victim's person id lets their history follow a referral's correction. */
interface CorrectedCase {
  caseId: string;
  maracId: string;
  victimPersonId: string;
}

export type MaracRecordAmended = DomainEvent<'MaracRecordAmended', CorrectedCase & RecordAmendedData<MaracAmendedFields>>;

/**
 * What a void changes besides the record itself, decided when it is voided and stored so that the read
 * side applies it without re-deriving the rules. Only a further incident's void has any: the case, and
 * hearings heard as a repeat because of that incident alone, stop being repeats; the case no longer waits
 * to be relisted when that incident was the only reason.
 */
export interface MaracVoidConsequences {
  caseNoLongerRepeat: boolean;
  noLongerAwaitingRelisting: boolean;
  /** Meeting ids of the hearings that no longer count as repeats. */
  hearingsNoLongerRepeat: string[];
}

export type MaracRecordVoided = DomainEvent<
  'MaracRecordVoided',
  CorrectedCase & { consequences: MaracVoidConsequences } & RecordVoidedData<MaracRecordKind>
>;

/**
 * The referral's repeat outcome changed after the case was opened (the victim's history decided it; see
 * RepeatReclassificationReason). It carries what follows, decided when it was written, so the read side
 * applies it without re-deriving the rules: the case's repeat flag, and the hearings whose "heard as a
 * repeat" changes (a hearing stays a repeat when a further incident made the case one before it).
 */
export type CaseRepeatReclassified = DomainEvent<
  'CaseRepeatReclassified',
  {
    caseId: string;
    maracId: string;
    /** The referral's outcome now. */
    repeat: boolean;
    previousCaseId: string | null;
    reason: RepeatReclassificationReason;
    /** The case is a repeat (from its referral or a further incident) after this. */
    isRepeat: boolean;
    /** Meeting ids of the hearings now counted as repeats, and of those no longer counted so. */
    hearingsNowRepeat: string[];
    hearingsNoLongerRepeat: string[];
  }
>;

export type MaracCaseEvent =
  | CaseReferred
  | DashAssessmentRecorded
  | CaseListedForMeeting
  | CaseHeard
  | AgencyActionAdded
  | AgencyActionCompleted
  | FurtherIncidentReported
  | CaseReopened
  | CaseClosed
  | MaracRecordAmended
  | MaracRecordVoided
  | CaseRepeatReclassified;

/** Every event type of the stream with the schema version it is written with. */
export const maracCaseEventTypes = {
  CaseReferred: 1,
  DashAssessmentRecorded: 1,
  CaseListedForMeeting: 1,
  CaseHeard: 1,
  AgencyActionAdded: 1,
  AgencyActionCompleted: 1,
  FurtherIncidentReported: 1,
  CaseReopened: 1,
  CaseClosed: 1,
  MaracRecordAmended: 1,
  MaracRecordVoided: 1,
  CaseRepeatReclassified: 1,
} as const satisfies Record<MaracCaseEvent['type'], number>;
