import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A registered victim service (vs_services). */
@Entity({ name: 'vs_services' })
@Index('vs_services_partnership_idx', ['partnershipId', 'name'])
export class VsService {
  @PrimaryColumn({ type: 'text', name: 'service_id' })
  serviceId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  provider: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'integer', name: 'last_revision' })
  lastRevision: number;
}

/** One row's annual aim for a financial year (vs_service_aims). */
@Entity({ name: 'vs_service_aims' })
export class VsServiceAim {
  @PrimaryColumn({ type: 'text', name: 'service_id' })
  serviceId: string;

  @PrimaryColumn({ type: 'text', name: 'financial_year' })
  financialYear: string;

  @PrimaryColumn({ type: 'text', name: 'row_name' })
  rowName: string;

  @Column({ type: 'integer' })
  aim: number;
}

/**
 * One case as the tables, the case list and retention read it (vs_cases): dates, route, levels and the exit
 * survey's answers; no personal data (the person is named by id only).
 */
@Entity({ name: 'vs_cases' })
@Index('vs_cases_service_idx', ['serviceId', 'referralDate'])
@Index('vs_cases_person_idx', ['personId'])
export class VsCase {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @Column({ type: 'text', name: 'service_id' })
  serviceId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  @Column({ type: 'text', name: 'person_id' })
  personId: string;

  @Column({ type: 'date', name: 'referral_date' })
  referralDate: string;

  @Column({ type: 'text' })
  route: 'self' | 'partner';

  @Column({ type: 'text', name: 'referring_partner', nullable: true })
  referringPartner: string | null;

  @Column({ type: 'text', name: 'asb_category' })
  asbCategory: string;

  @Column({ type: 'date', name: 'first_needs_assessed_on', nullable: true })
  firstNeedsAssessedOn: string | null;

  @Column({ type: 'date', name: 'first_high_risk_on', nullable: true })
  firstHighRiskOn: string | null;

  @Column({ type: 'text', name: 'risk_level', nullable: true })
  riskLevel: string | null;

  @Column({ type: 'date', name: 'last_risk_assessed_on', nullable: true })
  lastRiskAssessedOn: string | null;

  @Column({ type: 'date', name: 'last_contact_on', nullable: true })
  lastContactOn: string | null;

  @Column({ type: 'date', name: 'closed_on', nullable: true })
  closedOn: string | null;

  @Column({ type: 'text', name: 'closure_reason', nullable: true })
  closureReason: string | null;

  @Column({ type: 'text', name: 'survey_status', nullable: true })
  surveyStatus: 'completed' | 'declined' | null;

  @Column({ type: 'jsonb', name: 'survey_answers', nullable: true })
  surveyAnswers: Record<string, string> | null;

  /** The referral's date or the latest further report's. */
  @Column({ type: 'date', name: 'last_report_on' })
  lastReportOn: string;

  /** Further reports that made the victim a repeat victim (within the repeat window of the previous report). */
  @Column({ type: 'integer', name: 'repeat_reports', default: 0 })
  repeatReports: number;

  @Column({ type: 'boolean', name: 'case_review_notice_due', default: false })
  caseReviewNoticeDue: boolean;

  @Column({ type: 'date', name: 'case_review_notice_given_on', nullable: true })
  caseReviewNoticeGivenOn: string | null;

  /** The first ASB Case Review application that followed the notice given on this case (Case Review's), if any. */
  @Column({ type: 'date', name: 'case_review_applied_on', nullable: true })
  caseReviewAppliedOn: string | null;

  @Column({ type: 'text', name: 'case_review_application_id', nullable: true })
  caseReviewApplicationId: string | null;

  /** The person's data was erased: retention does not report them again. */
  @Column({ type: 'boolean', default: false })
  erased: boolean;

  @Column({ type: 'integer', name: 'last_revision' })
  lastRevision: number;
}

/** One support contact (vs_contacts): the contacts table and "victims supported" read these. */
@Entity({ name: 'vs_contacts' })
@Index('vs_contacts_service_idx', ['serviceId', 'contactDate'])
export class VsContact {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @PrimaryColumn({ type: 'text', name: 'contact_id' })
  contactId: string;

  @Column({ type: 'text', name: 'service_id' })
  serviceId: string;

  @Column({ type: 'text', name: 'person_id' })
  personId: string;

  @Column({ type: 'date', name: 'contact_date' })
  contactDate: string;

  @Column({ type: 'text' })
  kind: string;
}
