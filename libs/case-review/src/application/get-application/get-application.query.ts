import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import type { IsoDate } from '@app/periods';
import { CASE_REVIEW_STAGES, type CaseReviewStage } from '../../domain/index.js';

export class ComplaintView {
  @ApiProperty({ type: String, format: 'date' }) madeOn: IsoDate;
  @ApiProperty({ example: 'police' }) body: string;
  @ApiProperty({ type: [String], format: 'date' }) behaviourDates: IsoDate[];
  @ApiProperty({ type: String, nullable: true }) reference: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Null until the threshold is decided.' }) qualifies: boolean | null;
  @ApiProperty({ type: String, nullable: true, example: 'made-too-long-after-the-behaviour' }) verdict: string | null;
}

export class RecommendationView {
  @ApiProperty() recommendationId: string;
  @ApiProperty({ example: 'police' }) body: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null once the victim is erased.' }) action: string | null;
  @ApiProperty({ type: String, format: 'date' }) dueOn: IsoDate;
  @ApiProperty({ type: Boolean, nullable: true }) completed: boolean | null;
}

export class StageView {
  @ApiProperty({ enum: CASE_REVIEW_STAGES }) stage: CaseReviewStage;
  @ApiProperty({ type: String, format: 'date' }) dueOn: IsoDate;
  @ApiProperty({ type: String, format: 'date' }) doneOn: IsoDate;
  @ApiProperty() late: boolean;
}

export class ThresholdView {
  @ApiProperty({ type: 'integer' }) qualifyingComplaints: number;
  @ApiProperty({ type: 'integer' }) required: number;
  @ApiProperty() met: boolean;
  @ApiProperty({ description: 'Not met, but the bodies decided to review anyway.' }) discretionaryReview: boolean;
  @ApiProperty({ type: String, nullable: true, description: "The discretionary decision's reason; null once the victim is erased." })
  reason: string | null;
}

export class EscalationView {
  @ApiProperty({ type: String, format: 'date' }) requestedOn: IsoDate;
  @ApiProperty({ type: [String], example: ['threshold-wrongly-refused'] }) grounds: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedOn: IsoDate | null;
  @ApiProperty({ type: String, nullable: true, enum: ['upheld', 'overturned'] }) outcome: string | null;
}

/** An application as the single point of contact reads it, from its stream (personal data null once erased). */
export class ApplicationDetails {
  @ApiProperty() applicationId: string;
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @ApiProperty({ type: String, format: 'date' }) receivedOn: IsoDate;
  @ApiProperty() channel: string;
  @ApiProperty({ format: 'uuid' }) applicantPersonId: string;
  @ApiProperty({ format: 'uuid' }) victimPersonId: string;
  @ApiProperty() onBehalfOfVictim: boolean;
  @ApiProperty({ type: [String] }) behaviourTypes: string[];
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: [ComplaintView] }) complaints: ComplaintView[];
  @ApiProperty({ type: [String], example: ['police', 'housing-provider: Riverside Homes'] }) bodiesNotified: string[];
  @ApiProperty({ enum: [...CASE_REVIEW_STAGES, 'closed'] }) stage: CaseReviewStage | 'closed';
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn: IsoDate | null;
  @ApiProperty({
    type: ThresholdView,
    nullable: true,
    description: 'The threshold decision: counts, and the discretionary decision with its reason.',
  })
  threshold: ThresholdView | null;
  @ApiProperty({ type: [RecommendationView] }) recommendations: RecommendationView[];
  @ApiProperty({ type: [StageView] }) stages: StageView[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) outcomeSentOn: IsoDate | null;
  @ApiProperty({ type: EscalationView, nullable: true }) escalation: EscalationView | null;
  @ApiProperty({ type: 'integer', description: 'Stream revision, also sent as the ETag.' }) revision: number;
}

export class GetApplicationQuery extends CallerQuery<{ applicationId: string }, ApplicationDetails> {}
