import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DEFAULT_DUE_SOON_WORKING_DAYS } from '../domain/index.js';

/**
 * One row per application (case_review_applications): the single point of contact's log and the statutory
 * figures' source. Each figure counts by the date of its own event (received_on, decided_on,
 * review_held_on, ...), so a figure for a period is a count over one column. No personal data.
 */
@Entity({ name: 'case_review_applications' })
@Index('case_review_applications_partnership_idx', ['partnershipId', 'receivedOn'])
export class CaseReviewApplicationRow {
  @PrimaryColumn({ type: 'text', name: 'application_id' }) applicationId: string;
  @Column({ type: 'text', name: 'partnership_id' }) partnershipId: string;
  @Column({ type: 'date', name: 'received_on' }) receivedOn: string;
  @Column({ type: 'text' }) channel: string;
  @Column({ type: 'text', name: 'behaviour_types', array: true }) behaviourTypes: string[];
  /** `police`, `housing-provider: Riverside Homes`. */
  @Column({ type: 'text', name: 'bodies_notified', array: true }) bodiesNotified: string[];
  @Column({ type: 'boolean', name: 'on_behalf_of_victim' }) onBehalfOfVictim: boolean;
  /** The stage waiting to be done, or `closed`. */
  @Column({ type: 'text' }) stage: string;
  @Column({ type: 'date', name: 'due_on', nullable: true }) dueOn: string | null;
  @Column({ type: 'date', name: 'acknowledged_on', nullable: true }) acknowledgedOn: string | null;
  @Column({ type: 'date', name: 'decided_on', nullable: true }) decidedOn: string | null;
  @Column({ type: 'boolean', name: 'threshold_met', nullable: true }) thresholdMet: boolean | null;
  @Column({ type: 'integer', name: 'qualifying_complaints', nullable: true }) qualifyingComplaints: number | null;
  @Column({ type: 'integer', name: 'required_complaints', nullable: true }) requiredComplaints: number | null;
  @Column({ type: 'boolean', name: 'discretionary_review' }) discretionaryReview: boolean;
  @Column({ type: 'date', name: 'review_held_on', nullable: true }) reviewHeldOn: string | null;
  @Column({ type: 'integer' }) recommendations: number;
  @Column({ type: 'date', name: 'outcome_sent_on', nullable: true }) outcomeSentOn: string | null;
  @Column({ type: 'date', name: 'escalation_requested_on', nullable: true }) escalationRequestedOn: string | null;
  @Column({ type: 'date', name: 'escalation_decided_on', nullable: true }) escalationDecidedOn: string | null;
  @Column({ type: 'text', name: 'escalation_outcome', nullable: true }) escalationOutcome: string | null;
  @Column({ type: 'text', name: 'applicant_person_id' }) applicantPersonId: string;
  @Column({ type: 'text', name: 'victim_person_id' }) victimPersonId: string;
  /** The procedure's `dueSoonWorkingDays` on the day received: the log's "due soon" (and the alert's day) for this application. */
  @Column({ type: 'integer', name: 'due_soon_working_days', default: DEFAULT_DUE_SOON_WORKING_DAYS }) dueSoonWorkingDays: number;
  @Column({ type: 'integer', name: 'last_revision' }) lastRevision: number;
}
