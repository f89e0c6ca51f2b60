import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@app/http';
import { RiskQuestionnaireView } from '../application/vs-settings-in-force.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DateThatHappenedProperty, IsCalendarDate, IsFinancialYear, PeriodQuery } from '@app/periods';
import {
  ASB_CATEGORIES,
  CLOSURE_REASONS,
  CONTACT_KINDS,
  DEFAULT_RISK_QUESTIONNAIRE,
  NEED_OUTCOMES,
  NOTICE_METHODS,
  OUTCOME_STAGES,
  DEFAULT_OUTCOME_DOMAINS,
  OUTCOME_SCORE_MAX,
  OUTCOME_SCORE_MIN,
  RISK_LEVELS,
  SERVICE_KINDS,
  SERVICE_NAME_MAX_LENGTH,
  SURVEY_ANSWERS,
  type AsbCategory,
  type ClosureReason,
  type ContactKind,
  type NeedOutcome,
  type NoticeMethod,
  type OutcomeStage,
  type RiskLevel,
  type ServiceKind,
  type SurveyAnswer,
} from '../domain/index.js';

export class ServiceParams {
  @ApiProperty({ example: 'demo-asb-support' })
  @IsString()
  @Length(1, 100)
  serviceId: string;
}

export class VsCaseParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  caseId: string;
}

export class RegisterServiceBody {
  @ApiProperty({ example: 'demo-asb-support' })
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    message: 'serviceId must be letters, digits, dots, dashes and underscores, starting with a letter or digit',
  })
  serviceId: string;

  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;

  @ApiProperty({ example: 'ASB Support Service', maxLength: SERVICE_NAME_MAX_LENGTH })
  @IsString()
  @Length(1, SERVICE_NAME_MAX_LENGTH)
  name: string;

  @ApiProperty({ example: 'Victim Support' })
  @IsString()
  @Length(1, 200)
  provider: string;

  @ApiProperty({ enum: SERVICE_KINDS, example: 'asb-support' })
  @IsIn(SERVICE_KINDS)
  kind: ServiceKind;
}

export class ServiceYearParams extends ServiceParams {
  @ApiProperty({ example: '2016-17' })
  @IsFinancialYear()
  financialYear: string;
}

export class SetServiceAimsBody {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    example: { needs_assessments_completed: 60, victims_supported: 60, pct_needs_met: 85 },
    description: "Aims by table row name; a pct_ row takes a percentage (0-100). Replaces the year's aims as a whole.",
  })
  @IsObject()
  aims: Record<string, number>;
}

export class ReferVictimBody {
  @ApiProperty({ format: 'uuid', description: "The victim: a person record of the service's partnership (POST /people)." })
  @IsUUID()
  personId: string;

  @DateThatHappenedProperty({ example: '2016-04-04' })
  referralDate: string;

  @ApiProperty({ type: String, nullable: true, example: 'police', description: 'The referring partner; null for a self-referral.' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Length(1, 100)
  referringPartner: string | null;

  @ApiProperty({ enum: ASB_CATEGORIES, example: 'personal' })
  @IsIn(ASB_CATEGORIES)
  asbCategory: AsbCategory;

  @ApiProperty({ type: [String], example: ['harassment', 'noise'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  behaviourTypes: string[];

  @ApiProperty({ example: 'Outside the block, Elm Road', description: 'Where the behaviour happens (personal data).' })
  @IsString()
  @Length(1, 500)
  location: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Alleged perpetrators where known: person records.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  perpetratorPersonIds?: string[];
}

class JudgementBody {
  @ApiProperty({ enum: RISK_LEVELS, example: 'high' })
  @IsIn(RISK_LEVELS)
  level: RiskLevel;

  @ApiProperty({ example: 'Threats made to the children', description: 'Why the level is raised (personal data).' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class RiskAssessmentBody {
  @DateThatHappenedProperty({ example: '2016-04-05' })
  assessedOn: string;

  @ApiProperty({
    type: [String],
    enum: ['yes', 'no'],
    description: `One answer per question of the partnership's questionnaire (the default ${DEFAULT_RISK_QUESTIONNAIRE.version} has ${DEFAULT_RISK_QUESTIONNAIRE.questions.length}).`,
    example: DEFAULT_RISK_QUESTIONNAIRE.questions.map(() => 'no'),
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsIn(['yes', 'no'], { each: true })
  answers: ('yes' | 'no')[];

  @ApiPropertyOptional({ type: JudgementBody, description: 'Professional judgement: may raise the level, never lower it.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => JudgementBody)
  judgement?: JudgementBody;
}

export class NeedsAssessmentBody {
  @DateThatHappenedProperty({ example: '2016-04-05' })
  assessedOn: string;

  @ApiProperty({ type: [String], example: ['safety', 'housing'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  needs: string[];
}

export class SupportContactBody {
  @ApiPropertyOptional({ example: 'contact-1', description: 'Default: derived from the Idempotency-Key.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  contactId?: string;

  @DateThatHappenedProperty({ example: '2016-04-06' })
  date: string;

  @ApiProperty({ enum: CONTACT_KINDS, example: 'home-visit' })
  @IsIn(CONTACT_KINDS)
  kind: ContactKind;

  @ApiPropertyOptional({ example: 'housing-provider', description: 'A joint visit: the agency it was made with.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  agency?: string;

  @ApiPropertyOptional({ example: 'mediation-service', description: 'An onward referral: to whom.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  onwardTo?: string;
}

class NeedOutcomeBody {
  @ApiProperty({ example: 'safety' })
  @IsString()
  @Length(1, 100)
  need: string;

  @ApiProperty({ enum: NEED_OUTCOMES, example: 'met' })
  @IsIn(NEED_OUTCOMES)
  outcome: NeedOutcome;
}

export class CloseVictimCaseBody {
  @DateThatHappenedProperty({ example: '2016-06-30' })
  closedOn: string;

  @ApiProperty({ enum: CLOSURE_REASONS, example: 'planned-exit' })
  @IsIn(CLOSURE_REASONS)
  reason: ClosureReason;

  @ApiProperty({ type: [NeedOutcomeBody], description: 'Whether each need identified was met.' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => NeedOutcomeBody)
  needOutcomes: NeedOutcomeBody[];
}

class SurveyAnswersBody {
  @ApiProperty({ enum: SURVEY_ANSWERS, example: 'yes' })
  @IsIn(SURVEY_ANSWERS)
  needsMet: SurveyAnswer;
  @ApiProperty({ enum: SURVEY_ANSWERS, example: 'yes' })
  @IsIn(SURVEY_ANSWERS)
  improvedWellbeing: SurveyAnswer;
  @ApiProperty({ enum: SURVEY_ANSWERS, example: 'yes' })
  @IsIn(SURVEY_ANSWERS)
  satisfiedWithService: SurveyAnswer;
  @ApiProperty({ enum: SURVEY_ANSWERS, example: 'dont-know' })
  @IsIn(SURVEY_ANSWERS)
  satisfiedWithPoliceOrCouncil: SurveyAnswer;
  @ApiProperty({ enum: SURVEY_ANSWERS, example: 'yes' })
  @IsIn(SURVEY_ANSWERS)
  reducedRisk: SurveyAnswer;
}

export class ExitSurveyBody {
  @DateThatHappenedProperty({ example: '2016-06-30' })
  on: string;

  @ApiProperty({ example: false, description: 'The victim declined the survey: counted as offered, not completed.' })
  @IsBoolean()
  declined: boolean;

  @ApiPropertyOptional({ type: SurveyAnswersBody, description: 'Required unless declined.' })
  @ValidateIf((body: ExitSurveyBody) => !body.declined)
  @IsDefined({ message: 'answers are required unless the victim declined the survey' })
  @ValidateNested()
  @Type(() => SurveyAnswersBody)
  answers?: SurveyAnswersBody;
}

export class QuarterlyTableQueryDto {
  @ApiProperty({ example: '2016-17' })
  @IsFinancialYear()
  financialYear: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'Or send Accept: text/csv.' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class FurtherReportBody {
  @ApiPropertyOptional({ example: 'report-2', description: 'Default: derived from the Idempotency-Key.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  reportId?: string;

  @DateThatHappenedProperty({ example: '2017-03-01' })
  reportedOn: string;
}

export class CaseReviewNoticeBody {
  @DateThatHappenedProperty({ example: '2017-03-02' })
  toldOn: string;

  @ApiProperty({ enum: NOTICE_METHODS, example: 'letter' })
  @IsIn(NOTICE_METHODS)
  method: NoticeMethod;
}

export class OutcomeScoresBody {
  @DateThatHappenedProperty({ example: '2016-04-05' })
  assessedOn: string;

  @ApiProperty({ enum: OUTCOME_STAGES, example: 'entry', description: 'Entry first, then reviews, then exit (once).' })
  @IsIn(OUTCOME_STAGES)
  stage: OutcomeStage;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: OUTCOME_SCORE_MIN, maximum: OUTCOME_SCORE_MAX },
    example: { safety: 3, 'health-and-wellbeing': 4, housing: 6 },
    description: `Scores ${OUTCOME_SCORE_MIN}-${OUTCOME_SCORE_MAX} by domain of the partnership's list (default: ${DEFAULT_OUTCOME_DOMAINS.join(', ')}); a domain may be left out.`,
  })
  @IsObject()
  scores: Record<string, number>;
}

export class DistanceTravelledQueryDto extends PeriodQuery {}

export class DepersonalisedVsCasesQueryDto extends PageQuery({ defaultPageSize: 100, maxPageSize: 500 }, PeriodQuery) {}

export class VsPartnershipParams {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 120)
  partnershipId: string;
}

export class VsSettingsOnQuery {
  @ApiPropertyOptional({ type: String, format: 'date', description: 'Default today.' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

const CodeList = (example: string[], description: string) => [
  ApiPropertyOptional({ type: [String], example, description }),
  IsOptional(),
  IsArray(),
  ArrayMaxSize(100),
  IsString({ each: true }),
];

export class VictimServicesSettingsPatchBody {
  @ApiPropertyOptional({ type: String, format: 'date', description: 'The first day the change applies to; default today.' })
  @IsOptional()
  @IsCalendarDate()
  effectiveFrom?: string;

  @ApplyAll(CodeList(['police', 'council-asb-team', 'housing-provider'], 'The referring partners a referral may name (replaces the list).'))
  referringPartners?: string[];

  @ApplyAll(CodeList(['harassment', 'noise', 'hate-related'], 'The behaviour types a referral may name (replaces the list).'))
  behaviourTypes?: string[];

  @ApplyAll(CodeList(['safety', 'housing'], 'The needs a needs assessment may identify (replaces the list).'))
  needs?: string[];

  @ApplyAll(CodeList(['safety', 'housing', 'confidence-and-self-esteem'], 'The Outcome Star style domains scored (replaces the list).'))
  outcomeDomains?: string[];

  @ApiPropertyOptional({
    type: RiskQuestionnaireView,
    description: 'A new versioned questionnaire (replaces the one in force); a version names one content for ever.',
  })
  @IsOptional()
  @IsObject()
  riskQuestionnaire?: RiskQuestionnaireView;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 36, example: 12 })
  @IsOptional()
  @IsInt()
  repeatWindowMonths?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 12, example: 6 })
  @IsOptional()
  @IsInt()
  caseReviewWindowMonths?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 365, example: 14 })
  @IsOptional()
  @IsInt()
  reassessmentHighDays?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 365, example: 28 })
  @IsOptional()
  @IsInt()
  reassessmentMediumDays?: number;
}

/** Applies a list of property decorators as one. */
function ApplyAll(decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}
