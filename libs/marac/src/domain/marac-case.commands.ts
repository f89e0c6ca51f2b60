import type { AmendRecordCommand, CorrectionCommand } from '@app/domain';
import type { DashAnswer, DashOverrideInput } from './dash.js';
import type { IsoDate } from '@app/periods';
import type {
  CaseClosureReason,
  MaracAgency,
  PerpetratorRelationship,
  ReferralCriterion,
  RepeatReclassificationReason,
} from './marac-codes.js';
import type { VictimProfileInput } from './victim-profile.js';

/**
 * Commands on one MARAC referral episode (stream `marac_case-<caseId>`). Every command carries the case id
 * and the dates it needs (no clock in the decider).
 *
 * Personal data (names, dates of birth, addresses, contact details, free text) comes in as plain values:
 * commands are never stored. The decider puts it into the events inside PersonalData envelopes with the
 * right subject (the victim's person id, or the perpetrator's for their own details), so no caller can
 * file it under the wrong person.
 */

export interface VictimDetails {
  fullName: string;
  aliases?: string[];
  dateOfBirth?: IsoDate;
  address?: string;
  postcode?: string;
  phone?: string;
  email?: string;
}

export interface PerpetratorDetails {
  fullName: string;
  aliases?: string[];
  dateOfBirth?: IsoDate;
  address?: string;
  postcode?: string;
}

export interface DashChecklistInput {
  /** Defaults to the referral date when given on ReferCase. */
  assessedOn?: IsoDate;
  /** 24 answers, in the checklist's order. */
  answers: DashAnswer[];
  override?: DashOverrideInput | null;
}

/**
 * The UK civil date at the command's time (`todayInLondon(occurredAt)`, set by the application layer): no
 * record of something that happened may be dated later.
 */
export interface AtCommandTime {
  today: IsoDate;
}

export interface ReferCase extends AtCommandTime {
  type: 'ReferCase';
  caseId: string;
  maracId: string;
  partnershipId: string;
  referralDate: IsoDate;
  referringAgency: MaracAgency;
  criterion: ReferralCriterion;
  victim: {
    personId: string;
    details: VictimDetails;
    profile: VictimProfileInput;
  };
  /** At least one; each a different person from the victim and from each other. */
  perpetrators: { personId: string; relationship: PerpetratorRelationship; details: PerpetratorDetails }[];
  /** Required (score 14 or more) for the visible-high-risk criterion. */
  dash?: DashChecklistInput | null;
  /** From the victim's VictimReferred event (RegisterReferral), passed on by the application layer. */
  isRepeat: boolean;
  previousCaseId: string | null;
}

export interface RecordDashAssessment extends AtCommandTime {
  type: 'RecordDashAssessment';
  caseId: string;
  assessedOn: IsoDate;
  answers: DashAnswer[];
  override?: DashOverrideInput | null;
}

/** The application layer first checks the meeting with `assertMeetingAcceptsCases` and passes its date. */
export interface ListCaseForMeeting extends AtCommandTime {
  type: 'ListCaseForMeeting';
  caseId: string;
  meetingId: string;
  meetingDate: IsoDate;
}

export interface RecordCaseHeard extends AtCommandTime {
  type: 'RecordCaseHeard';
  caseId: string;
  meetingId: string;
  /** A case is heard on its meeting's date: taken from the listing when left out, any other date is refused. */
  heardOn?: IsoDate;
  /**
   * The agencies at the meeting (MeetingHeld), passed on by the application layer; null when the meeting
   * has not been marked held with its attendance.
   */
  meetingAgenciesPresent?: MaracAgency[] | null;
  /** The agencies present for this case, when the meeting's attendance is not recorded (or to state it in full). */
  agenciesPresent?: MaracAgency[];
  /** The per-case correction: agencies at the meeting that were not there for this case (they left early). */
  agenciesLeftEarly?: MaracAgency[];
}

export interface AddAgencyAction extends AtCommandTime {
  type: 'AddAgencyAction';
  caseId: string;
  /** Client-chosen, unique within the case. */
  actionId: string;
  /** The meeting that agreed it, if any: the case must have been listed for that meeting. */
  meetingId?: string | null;
  agency: MaracAgency;
  /** Free text about the victim's case: stored in a PersonalData envelope. */
  description: string;
  dueDate: IsoDate;
}

export interface CompleteAgencyAction extends AtCommandTime {
  type: 'CompleteAgencyAction';
  caseId: string;
  actionId: string;
  completedOn: IsoDate;
}

export interface ReportFurtherIncident extends AtCommandTime {
  type: 'ReportFurtherIncident';
  caseId: string;
  /** Client-chosen, unique within the case. */
  incidentId: string;
  /** When the incident happened: this is the date the 12-month repeat window is checked against. */
  date: IsoDate;
  /** When an agency reported it to the MARAC (the date a closed case reopens); not before `date`. */
  reportedOn: IsoDate;
  reportingAgency: MaracAgency;
  /** Free text about the victim: stored in a PersonalData envelope. */
  description: string;
}

export interface CloseCase extends AtCommandTime {
  type: 'CloseCase';
  caseId: string;
  closedOn: IsoDate;
  reason: CaseClosureReason;
  /** Optional free text: stored in a PersonalData envelope with the victim as subject. */
  note?: string | null;
}

/**
 * What a coordinator may amend on each kind of record of a case (corrections of mistakes; see
 * marac-case-corrections.ts). A referral's id is the case id; a hearing's is the meeting's id; an
 * incident's and an action's are their own ids.
 */
export interface MaracAmendableFields {
  /** The profile is given whole, as on the referral (its age band is worked out again). */
  referral: { referralDate: IsoDate; referringAgency: MaracAgency; criterion: ReferralCriterion; profile: VictimProfileInput };
  hearing: { heardOn: IsoDate; agenciesPresent: MaracAgency[] };
  incident: { date: IsoDate; reportedOn: IsoDate; reportingAgency: MaracAgency; description: string };
  'agency-action': { agency: MaracAgency; description: string; dueDate: IsoDate };
}

export type MaracRecordKind = keyof MaracAmendableFields;

export const MARAC_RECORD_KINDS = ['referral', 'hearing', 'incident', 'agency-action'] as const satisfies readonly MaracRecordKind[];

/** Replaces some fields of a record entered wrongly; the reason is free text (personal data). */
export type AmendCaseRecord = { type: 'AmendCaseRecord'; caseId: string } & AmendRecordCommand<MaracAmendableFields> & AtCommandTime;

/** Voids a record entered by mistake: it stops counting anywhere; voiding the referral voids the case. */
export type VoidCaseRecord = { type: 'VoidCaseRecord'; caseId: string } & CorrectionCommand<MaracRecordKind>;

/**
 * The victim's history decided the referral's repeat outcome differently from the case (see
 * VictimReferralReclassified): the case takes the history's outcome. Dispatched by the victim-history
 * process manager; the same outcome again appends nothing.
 */
export interface ReclassifyCaseRepeat {
  type: 'ReclassifyCaseRepeat';
  caseId: string;
  repeat: boolean;
  previousCaseId: string | null;
  reason: RepeatReclassificationReason;
}

export type MaracCaseCommand =
  | ReferCase
  | RecordDashAssessment
  | ListCaseForMeeting
  | RecordCaseHeard
  | AddAgencyAction
  | CompleteAgencyAction
  | ReportFurtherIncident
  | CloseCase
  | AmendCaseRecord
  | VoidCaseRecord
  | ReclassifyCaseRepeat;
