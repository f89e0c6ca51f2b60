import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, PeriodQuery } from '@app/periods';
import {
  CUSTODY_KINDS,
  EXIT_REASONS,
  OFFENCE_OUTCOMES,
  OFFENDER_STATUSES,
  type CustodyKind,
  type ExitReason,
  type OffenceOutcome,
  type OffenderStatus,
} from '../domain/index.js';

export class CohortParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cohortId: string;
}

export class MemberParams extends CohortParams {
  @ApiProperty({ format: 'uuid', description: 'The person (from the people registry).' })
  @IsUUID()
  personId: string;
}

export class OffenceParams extends MemberParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  offenceId: string;
}

export class OffenceCategoryBody {
  @ApiProperty({ example: 'residential-burglary' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,59}$/, { message: 'code must be lower-case letters, digits and dashes (up to 60)' })
  code: string;

  @ApiProperty({ example: 'Residential burglary' })
  @IsString()
  @Length(1, 100)
  label: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  neighbourhoodCrime: boolean;

  @ApiProperty({ example: 4, minimum: 0, maximum: 100 })
  @IsNumber()
  @Min(0)
  @Max(100)
  severityWeight: number;
}

export class RegisterCohortBody {
  @ApiProperty({ format: 'uuid', description: 'The id adoptions and measures will name.' })
  @IsUUID()
  cohortId: string;

  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;

  @ApiProperty({ example: 'North' })
  @IsString()
  @Length(1, 100)
  area: string;

  @ApiProperty({ example: 'North IOM cohort' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ type: [String], example: ['Fixed', 'Flex', 'Free', 'Domestic abuse'], description: 'Default Fixed, Flex, Free.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  strands?: string[];

  @ApiPropertyOptional({ type: [OffenceCategoryBody], description: 'Default: the Home Office-style groups with their weights.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OffenceCategoryBody)
  offenceCategories?: OffenceCategoryBody[];

  @ApiPropertyOptional({
    type: 'integer',
    example: 12,
    minimum: 1,
    maximum: 60,
    description: 'Months before and after adoption (default 12).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  beforeAfterMonths?: number;
}

export class AdoptBody {
  @ApiProperty({ format: 'uuid', description: 'The person (from the people registry; another partnership’s is a 404).' })
  @IsUUID()
  personId: string;

  @ApiProperty({ format: 'date', example: '2025-01-15' })
  @IsCalendarDate()
  adoptedOn: string;

  @ApiProperty({ example: 'Fixed' })
  @IsString()
  @Length(1, 60)
  strand: string;

  @ApiProperty({ example: 'Police' })
  @IsString()
  @Length(1, 100)
  leadAgency: string;

  @ApiProperty({ example: 'PC Example' })
  @IsString()
  @Length(1, 100)
  leadOfficer: string;

  @ApiProperty({ type: 'integer', example: 42, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  selectionScore: number;

  @ApiProperty({ example: 'Burglary series in the area' })
  @IsString()
  @Length(1, 2000)
  selectionReason: string;

  @ApiPropertyOptional({ enum: OFFENDER_STATUSES, description: 'The status on adoption (default in-community).' })
  @IsOptional()
  @IsIn(OFFENDER_STATUSES)
  status?: OffenderStatus;

  @ApiPropertyOptional({ enum: CUSTODY_KINDS, description: 'With status in-custody.' })
  @IsOptional()
  @IsIn(CUSTODY_KINDS)
  custodyKind?: CustodyKind;
}

export class StatusBody {
  @ApiProperty({ enum: OFFENDER_STATUSES })
  @IsIn(OFFENDER_STATUSES)
  status: OffenderStatus;

  @ApiPropertyOptional({ enum: CUSTODY_KINDS, description: 'With status in-custody: remanded or sentenced.' })
  @IsOptional()
  @IsIn(CUSTODY_KINDS)
  custodyKind?: CustodyKind;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  changedOn: string;
}

export class StrandBody {
  @ApiProperty({ example: 'Flex' })
  @IsString()
  @Length(1, 60)
  strand: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  changedOn: string;
}

export class OffenceBody {
  @ApiProperty({ format: 'uuid', description: 'Chosen by the client: the outcome is recorded against it.' })
  @IsUUID()
  offenceId: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  offenceDate: string;

  @ApiProperty({ example: 'residential-burglary', description: "One of the cohort's offence category codes." })
  @IsString()
  @Length(1, 60)
  category: string;

  @ApiPropertyOptional({ enum: OFFENCE_OUTCOMES })
  @IsOptional()
  @IsIn(OFFENCE_OUTCOMES)
  outcome?: OffenceOutcome;

  @ApiPropertyOptional({ format: 'date', description: 'With outcome.' })
  @IsOptional()
  @IsCalendarDate()
  outcomeDate?: string;
}

export class OutcomeBody {
  @ApiProperty({ enum: OFFENCE_OUTCOMES })
  @IsIn(OFFENCE_OUTCOMES)
  outcome: OffenceOutcome;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  outcomeDate: string;
}

export class ExitBody {
  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  exitedOn: string;

  @ApiProperty({ enum: EXIT_REASONS })
  @IsIn(EXIT_REASONS)
  reason: ExitReason;
}

export class MeasuresAsOfQuery extends PeriodQuery {
  @ApiPropertyOptional({ format: 'date', description: 'The day the figures are worked out on (default today; not later than today).' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class MeasuresQuery extends MeasuresAsOfQuery {
  @ApiPropertyOptional({ example: 'Fixed', description: "One of the cohort's strands (default: all)." })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  strand?: string;
}

export class ProposalsQuery {
  @ApiProperty({ example: 'Domestic abuse', description: "The cohort's strand the people would be proposed for." })
  @IsString()
  @Length(1, 60)
  strand: string;
}

export class IomAreaReoffendingQuery extends PeriodQuery {
  @ApiProperty({ example: 'demo-csp', description: 'The partnership whose areas (their cohorts together) are counted.' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;
}

export class EveryCohortMeasuresQuery extends MeasuresAsOfQuery {
  @ApiPropertyOptional({ example: 'demo-csp', description: 'One of your partnerships (default: every partnership you may see).' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  partnershipId?: string;
}
