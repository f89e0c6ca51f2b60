import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CASE_CLOSURE_REASONS,
  DASH_ANSWERS,
  DASH_QUESTION_COUNT,
  MARAC_AGENCIES,
  MEETING_CANCELLATION_REASONS,
  type CaseClosureReason,
  type DashAnswer,
  type MaracAgency,
  type MeetingCancellationReason,
} from '../domain/index.js';
import { DashOverrideBody } from './referral.dto.js';
import { DateThatHappenedProperty, PlannedDateProperty } from '@app/periods';

const ID = { example: 'action-1', description: 'Client-chosen id, unique within the case; derived from the Idempotency-Key when omitted.' };

export class DashAssessmentBody {
  @DateThatHappenedProperty({ example: '2025-04-17' })
  assessedOn: string;

  @ApiProperty({
    enum: DASH_ANSWERS,
    isArray: true,
    minItems: 24,
    maxItems: 24,
    example: [...Array<string>(16).fill('yes'), ...Array<string>(8).fill('no')],
  })
  @IsArray()
  @ArrayMinSize(DASH_QUESTION_COUNT)
  @ArrayMaxSize(DASH_QUESTION_COUNT)
  @IsIn(DASH_ANSWERS, { each: true })
  answers: DashAnswer[];

  @ApiPropertyOptional({ type: DashOverrideBody, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DashOverrideBody)
  override?: DashOverrideBody | null;
}

export class ListCaseBody {
  @ApiProperty({ format: 'uuid', example: 'b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b' })
  @IsUUID()
  caseId: string;
}

export class HearingBody {
  @ApiProperty({ format: 'uuid', example: '0d1e2f3a-4b5c-5d6e-8f70-8192a3b4c5d6' })
  @IsUUID()
  meetingId: string;

  @DateThatHappenedProperty({
    example: '2025-04-24',
    required: false,
    description: "The meeting's date (the default): a case is heard on the date of its meeting, any other is refused (409).",
  })
  @IsOptional()
  heardOn?: string;

  @ApiPropertyOptional({
    enum: MARAC_AGENCIES,
    isArray: true,
    example: ['police', 'idva', 'health'],
    description:
      'Defaults to the agencies recorded when the meeting was marked held; needed when none were recorded. Each must have been at the meeting.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MARAC_AGENCIES.length)
  @IsIn(MARAC_AGENCIES, { each: true })
  agenciesPresent?: MaracAgency[];

  @ApiPropertyOptional({
    enum: MARAC_AGENCIES,
    isArray: true,
    example: ['housing'],
    description: 'Agencies at the meeting that were not there for this case (they left early).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MARAC_AGENCIES.length)
  @IsIn(MARAC_AGENCIES, { each: true })
  agenciesLeftEarly?: MaracAgency[];
}

export class ActionBody {
  @ApiPropertyOptional(ID)
  @IsOptional()
  @IsString()
  @Length(1, 100)
  actionId?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The meeting that agreed the action (the case must be listed for it).',
  })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;

  @ApiProperty({ enum: MARAC_AGENCIES, example: 'housing' })
  @IsIn(MARAC_AGENCIES)
  agency: MaracAgency;

  @ApiProperty({ example: 'Fit additional locks at the property.', description: 'Stored as personal data of the victim.' })
  @IsString()
  @Length(1, 2000)
  description: string;

  @PlannedDateProperty({ example: '2025-05-24' })
  dueDate: string;
}

export class CompleteActionBody {
  @DateThatHappenedProperty({ example: '2025-05-20' })
  completedOn: string;
}

export class IncidentBody {
  @ApiPropertyOptional({ ...ID, example: 'incident-1' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  incidentId?: string;

  @DateThatHappenedProperty({ example: '2026-03-10', description: 'When the incident happened (checked against the 12-month window).' })
  date: string;

  @DateThatHappenedProperty({
    example: '2026-03-11',
    required: false,
    description: 'When it was reported to the MARAC; defaults to the incident date.',
  })
  @IsOptional()
  reportedOn?: string;

  @ApiProperty({ enum: MARAC_AGENCIES, example: 'police' })
  @IsIn(MARAC_AGENCIES)
  reportingAgency: MaracAgency;

  @ApiProperty({ example: 'Perpetrator breached a non-molestation order.', description: 'Stored as personal data of the victim.' })
  @IsString()
  @Length(1, 2000)
  description: string;
}

export class CloseCaseBody {
  @DateThatHappenedProperty({ example: '2025-09-30' })
  closedOn: string;

  @ApiProperty({ enum: CASE_CLOSURE_REASONS, example: 'actions-completed' })
  @IsIn(CASE_CLOSURE_REASONS)
  reason: CaseClosureReason;

  @ApiPropertyOptional({ type: String, maxLength: 2000, example: 'All actions complete; IDVA support continues.', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class PoliceCallOutBody {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;

  @ApiPropertyOptional({ ...ID, example: 'callout-2025-01-03' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  callOutId?: string;

  @DateThatHappenedProperty({ example: '2025-01-03' })
  date: string;
}

export class ScheduleMeetingBody {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;

  @ApiProperty({ example: 'demo-marac-north' })
  @IsString()
  @Length(1, 100)
  maracId: string;

  @PlannedDateProperty({ example: '2025-04-24' })
  date: string;
}

export class CancelMeetingBody {
  @DateThatHappenedProperty({ example: '2025-04-22' })
  cancelledOn: string;

  @ApiProperty({ enum: MEETING_CANCELLATION_REASONS, example: 'not-quorate' })
  @IsIn(MEETING_CANCELLATION_REASONS)
  reason: MeetingCancellationReason;
}

export class MarkMeetingHeldBody {
  @ApiProperty({
    enum: MARAC_AGENCIES,
    isArray: true,
    example: ['police', 'idva', 'health'],
    description: 'The agencies present at the meeting; each case heard takes these unless corrected.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MARAC_AGENCIES.length)
  @IsIn(MARAC_AGENCIES, { each: true })
  agenciesPresent: MaracAgency[];
}
