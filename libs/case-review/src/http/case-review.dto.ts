import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@app/http';
import { IsCalendarDate, PeriodQuery } from '@app/periods';
import {
  APPLICATION_CHANNELS,
  BEHAVIOUR_TYPES,
  CASE_REVIEW_STAGES,
  ESCALATION_GROUNDS,
  ESCALATION_OUTCOMES,
  OUTCOME_CHANNELS,
  RELEVANT_BODIES,
  type ApplicationChannel,
  type BehaviourType,
  type EscalationGround,
  type EscalationOutcome,
  type OutcomeChannel,
} from '../domain/index.js';

const DATE = (example: string, description?: string) => ApiProperty({ type: String, format: 'date', example, description });

export class RelevantBodyBody {
  @ApiProperty({ enum: RELEVANT_BODIES, example: 'housing-provider' })
  @IsIn(RELEVANT_BODIES)
  body: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Riverside Homes', description: 'Required for a housing provider.' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  bodyName?: string | null;
}

export class ComplaintBody extends RelevantBodyBody {
  @DATE('2025-11-03')
  @IsCalendarDate()
  madeOn: string;

  @ApiProperty({
    type: [String],
    format: 'date',
    example: ['2025-10-30'],
    description: 'The date or dates of the behaviour complained of.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsCalendarDate({ each: true })
  behaviourDates: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ASB/2025/0412', description: "The body's reference." })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  reference?: string | null;
}

export class ReceiveApplicationBody {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 120)
  partnershipId: string;

  @DATE('2025-12-19')
  @IsCalendarDate()
  receivedOn: string;

  @ApiProperty({ enum: APPLICATION_CHANNELS, example: 'online-form' })
  @IsIn(APPLICATION_CHANNELS)
  channel: ApplicationChannel;

  @ApiProperty({
    format: 'uuid',
    description: 'The applicant: the victim, or someone applying on their behalf (a person of the partnership).',
  })
  @IsUUID()
  applicantPersonId: string;

  @ApiProperty({ format: 'uuid', description: 'The victim of the behaviour (a person of the partnership).' })
  @IsUUID()
  victimPersonId: string;

  @ApiPropertyOptional({
    example: false,
    description: "Required (true) when the applicant is not the victim: the victim's consent is recorded.",
  })
  @IsOptional()
  @IsBoolean()
  victimConsentRecorded?: boolean;

  @ApiProperty({ enum: BEHAVIOUR_TYPES, isArray: true, example: ['noise'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BEHAVIOUR_TYPES.length)
  @IsIn(BEHAVIOUR_TYPES, { each: true })
  behaviourTypes: BehaviourType[];

  @ApiProperty({
    example: 'Loud music and shouting most nights since the summer.',
    description: 'Personal data: encrypted under the victim.',
  })
  @IsString()
  @Length(1, 4000)
  description: string;

  @ApiProperty({ type: [ComplaintBody], description: 'The complaints already made (possibly none).' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ComplaintBody)
  complaints: ComplaintBody[];

  @ApiPropertyOptional({ type: [RelevantBodyBody], description: 'Bodies to tell besides those complained to.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RelevantBodyBody)
  alsoNotified?: RelevantBodyBody[];

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The victim-service case on which the victim was told of their right to a Case Review, when this application follows that notice (409 when it records no notice, or another victim).',
  })
  @IsOptional()
  @IsUUID()
  fromVictimServiceCaseId?: string;
}

export class AcknowledgementBody {
  @DATE('2026-01-05')
  @IsCalendarDate()
  acknowledgedOn: string;
}

export class DiscretionaryReviewBody {
  @ApiProperty({ example: true, description: 'Whether the bodies review anyway.' })
  @IsBoolean()
  review: boolean;

  @ApiProperty({
    example: 'Persistent behaviour and serious harm to a vulnerable victim.',
    description: 'Personal data: encrypted under the victim.',
  })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class ThresholdDecisionBody {
  @DATE('2026-01-12')
  @IsCalendarDate()
  decidedOn: string;

  @ApiPropertyOptional({ type: DiscretionaryReviewBody, nullable: true, description: 'Only when the threshold is not met.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DiscretionaryReviewBody)
  discretionaryReview?: DiscretionaryReviewBody | null;
}

export class RecommendationBody extends RelevantBodyBody {
  @ApiProperty({ example: 'rec-1', description: 'Unique within the review.' })
  @IsString()
  @Length(1, 60)
  recommendationId: string;

  @ApiProperty({ example: 'Patrol the street at night for a month.', description: 'Personal data: encrypted under the victim.' })
  @IsString()
  @Length(1, 2000)
  action: string;

  @DATE('2026-03-01')
  @IsCalendarDate()
  dueOn: string;
}

export class ReviewBody {
  @DATE('2026-01-20')
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({ type: [RelevantBodyBody] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RelevantBodyBody)
  bodiesPresent: RelevantBodyBody[];

  @ApiProperty({ example: 'Community safety manager', description: "The chair's role or organisation, never a name." })
  @IsString()
  @Length(1, 120)
  chair: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  chairIndependent: boolean;

  @ApiProperty({ example: true, description: 'The victim was consulted on the action plan (2025 guidance).' })
  @IsBoolean()
  victimConsulted: boolean;

  @ApiProperty({ type: [RecommendationBody] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RecommendationBody)
  recommendations: RecommendationBody[];
}

export class RecommendationOutcomeBody {
  @DATE('2026-02-20')
  @IsCalendarDate()
  recordedOn: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  completed: boolean;
}

export class ApplicationOutcomeBody {
  @DATE('2026-01-23')
  @IsCalendarDate()
  sentOn: string;

  @ApiProperty({ enum: OUTCOME_CHANNELS, example: 'letter' })
  @IsIn(OUTCOME_CHANNELS)
  channel: OutcomeChannel;
}

export class EscalationBody {
  @DATE('2026-01-26')
  @IsCalendarDate()
  requestedOn: string;

  @ApiProperty({ enum: ESCALATION_GROUNDS, isArray: true, example: ['threshold-wrongly-refused'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ESCALATION_GROUNDS.length)
  @IsIn(ESCALATION_GROUNDS, { each: true })
  grounds: EscalationGround[];
}

export class EscalationDecisionBody {
  @DATE('2026-02-02')
  @IsCalendarDate()
  decidedOn: string;

  @ApiProperty({ enum: ESCALATION_OUTCOMES, example: 'overturned' })
  @IsIn(ESCALATION_OUTCOMES)
  outcome: EscalationOutcome;
}

export class ApplicationParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  applicationId: string;
}

export class RecommendationParams extends ApplicationParams {
  @ApiProperty({ example: 'rec-1' })
  @IsString()
  @Length(1, 60)
  recommendationId: string;
}

export class PartnershipParams {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 120)
  partnershipId: string;
}

export class PartnershipQuery {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 120)
  partnershipId: string;
}

export class LogQuery extends PageQuery({ defaultPageSize: 50, maxPageSize: 200 }, PartnershipQuery) {
  @ApiPropertyOptional({ enum: [...CASE_REVIEW_STAGES, 'closed'] })
  @IsOptional()
  @IsIn([...CASE_REVIEW_STAGES, 'closed'])
  stage?: string;

  @ApiPropertyOptional({ example: false, description: 'Only applications whose waiting stage is past its due date.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

export class FiguresQuery extends PeriodQuery {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 120)
  partnershipId: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'Or send Accept: text/csv.' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class RecommendationsQuery extends PeriodQuery {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 120)
  partnershipId: string;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'The day "overdue" is judged on (default today).' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class SettingsOnQuery {
  @ApiPropertyOptional({ type: String, format: 'date', description: 'Default today.' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class CaseReviewSettingsPatchBody {
  @ApiPropertyOptional({ type: String, format: 'date', description: 'The first day the change applies to; default today.' })
  @IsOptional()
  @IsCalendarDate()
  effectiveFrom?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 3, example: 3, description: 'Never above 3, the statutory threshold.' })
  @IsOptional()
  @IsInt()
  threshold?: number;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'integer' }, example: { 'hate-incident': 1 } })
  @IsOptional()
  @IsObject()
  thresholdsByBehaviour?: Record<string, number>;

  @ApiPropertyOptional({ type: 'integer', example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  complaintWithinMonths?: number;

  @ApiPropertyOptional({ type: 'integer', example: 6 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  complaintsLookbackMonths?: number;

  @ApiPropertyOptional({ type: 'integer', example: 10 }) @IsOptional() @IsInt() acknowledgeWorkingDays?: number;
  @ApiPropertyOptional({ type: 'integer', example: 15 }) @IsOptional() @IsInt() decideWorkingDays?: number;
  @ApiPropertyOptional({ type: 'integer', example: 20 }) @IsOptional() @IsInt() reviewWorkingDays?: number;
  @ApiPropertyOptional({ type: 'integer', example: 5 }) @IsOptional() @IsInt() outcomeWorkingDays?: number;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 20,
    example: 2,
    description: 'Working days before its due date that a stage is "due soon": the log flags it and its due-soon alert is raised.',
  })
  @IsOptional()
  @IsInt()
  dueSoonWorkingDays?: number;
}
