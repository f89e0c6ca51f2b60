import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A review's recommendation (case_review_recommendations): to which body, due when, completed or not. Its text stays in the events. */
@Entity({ name: 'case_review_recommendations' })
export class CaseReviewRecommendationRow {
  @PrimaryColumn({ type: 'text', name: 'application_id' }) applicationId: string;
  @PrimaryColumn({ type: 'text', name: 'recommendation_id' }) recommendationId: string;
  @Column({ type: 'text', name: 'partnership_id' }) partnershipId: string;
  /** `police`, `housing-provider: Riverside Homes`. */
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'date', name: 'made_on' }) madeOn: string;
  @Column({ type: 'date', name: 'due_on' }) dueOn: string;
  @Column({ type: 'boolean', nullable: true }) completed: boolean | null;
  @Column({ type: 'date', name: 'recorded_on', nullable: true }) recordedOn: string | null;
}
