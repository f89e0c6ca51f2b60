/**
 * The other contexts' events the alert rules read, as far as the rules need them: their stable type strings
 * and the fields read (ids, dates, codes). Written here rather than imported, because a context never
 * imports another; the type strings and these fields are the contexts' published contract (a change of
 * schema comes with an upcaster there, so what is read here stays true). The people ledger's merges
 * (`person_merges`) are read through `@app/people`'s own types: it is below every context.
 */
export const SOURCE_CATEGORIES = ['marac_case', 'vs_case', 'case_review', 'iom_offender'] as const;

export interface MaracCaseReferredData {
  caseId: string;
  partnershipId: string;
  referralDate: string;
  victim: { personId: string };
  perpetrators: { personId: string }[];
}
export interface MaracCaseRef {
  caseId: string;
}
export interface MaracActionData extends MaracCaseRef {
  actionId: string;
  dueDate: string;
}
export interface MaracCorrectionData extends MaracCaseRef {
  recordKind: string;
  recordId: string;
  amended?: { dueDate?: string };
}

export interface VsReferredData {
  caseId: string;
  partnershipId: string;
  personId: string;
  referralDate: string;
  /** The referral is the victim's second report within the Case Review window across their cases (absent on older referrals). */
  caseReviewNoticeDue?: boolean;
}
export interface VsRiskAssessedData {
  caseId: string;
  assessedOn: string;
  level: 'standard' | 'medium' | 'high';
}
export interface VsFurtherReportData {
  caseId: string;
  reportedOn: string;
  caseReviewNoticeDue: boolean;
}

export type CaseReviewStage = 'acknowledge' | 'decide' | 'review' | 'outcome';
export const CASE_REVIEW_STAGES: readonly CaseReviewStage[] = ['acknowledge', 'decide', 'review', 'outcome'];
/** CaseReviewStageDueSoon / CaseReviewStageOverdue. */
export interface CaseReviewStageAlertData {
  applicationId: string;
  stage: CaseReviewStage;
  dueOn: string;
}

export interface IomOffenderRef {
  offenderId: string;
  cohortId: string;
  partnershipId: string;
  personId: string;
}
