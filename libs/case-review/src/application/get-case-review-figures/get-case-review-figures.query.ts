import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import type { DateRange, IsoDate } from '@app/periods';

/**
 * The figures s.104 requires a partnership's bodies to publish, for a period, and those reported beside them.
 * Named so that a later performance framework can reuse them: `case_review.applications` and so on.
 */
export class CaseReviewFigures {
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @ApiProperty({ type: String, format: 'date' }) from: IsoDate;
  @ApiProperty({ type: String, format: 'date' }) to: IsoDate;
  @ApiProperty({ example: '2025-26' }) period: string;
  @ApiProperty({ type: 'integer', description: 'Applications received in the period (by the date received).' }) applications: number;
  @ApiProperty({
    type: 'integer',
    description:
      'Threshold decisions in the period that found it not met (by the date decided), including those followed by a discretionary review or later overturned on escalation.',
  })
  thresholdNotMet: number;
  @ApiProperty({ type: 'integer', description: 'Review meetings held in the period (by the date held).' }) reviewsCarriedOut: number;
  @ApiProperty({ type: 'integer', description: 'Of those, reviews that made at least one recommendation.' })
  reviewsWithRecommendations: number;
  @ApiProperty({ type: 'integer', description: 'Threshold not met, but the bodies decided to review anyway (by the date decided).' })
  discretionaryReviews: number;
  @ApiProperty({ type: 'integer', description: 'Escalations asked for in the period.' }) escalations: number;
  @ApiProperty({ type: 'integer', description: 'Escalations decided in the period: the decision or review upheld.' })
  escalationsUpheld: number;
  @ApiProperty({ type: 'integer', description: 'Escalations decided in the period: overturned, so that the review went ahead.' })
  escalationsOverturned: number;
  @ApiProperty({ type: 'integer', description: 'Stages (acknowledge, decide, review, outcome) done in the period.' }) stagesDone: number;
  @ApiProperty({ type: 'integer', description: 'Of those, done by their due date.' }) stagesDoneOnTime: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.92, description: 'stagesDoneOnTime / stagesDone; null when none was done.' })
  shareOfStagesOnTime: number | null;
  @ApiProperty({
    example:
      'Each figure counts by the date of its own event: an application received in March and reviewed in April is in one year’s applications and the next year’s reviews.',
  })
  countedBy: string;
}

export const COUNTED_BY =
  'Each figure counts by the date of its own event: an application received in March and reviewed in April is in one year’s applications and the next year’s reviews.';

export class RecommendationsOfBodyView {
  @ApiProperty({ example: 'police' }) body: string;
  @ApiProperty({ type: 'integer' }) made: number;
  @ApiProperty({ type: 'integer' }) completed: number;
  @ApiProperty({ type: 'integer', description: 'Recorded as not completed.' }) notCompleted: number;
  @ApiProperty({ type: 'integer', description: 'Due before the day asked about and no outcome recorded.' }) overdue: number;
}

export class RecommendationsByBody {
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @ApiProperty({ type: String, format: 'date' }) from: IsoDate;
  @ApiProperty({ type: String, format: 'date' }) to: IsoDate;
  @ApiProperty({ type: String, format: 'date' }) asOf: IsoDate;
  @ApiProperty({ type: [RecommendationsOfBodyView] }) bodies: RecommendationsOfBodyView[];
}

export class GetCaseReviewFiguresQuery extends CallerQuery<{ partnershipId: string; range: DateRange; label: string }, CaseReviewFigures> {}

export class GetRecommendationsByBodyQuery extends CallerQuery<
  { partnershipId: string; range: DateRange; asOf: IsoDate },
  RecommendationsByBody
> {}
