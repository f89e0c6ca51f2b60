import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { MARAC_AGENCIES, REFERRAL_CRITERIA, type MaracAgency, type ReferralCriterion } from '../domain/index.js';
import { VictimProfileBody } from './referral.dto.js';
import { DateThatHappenedProperty, PlannedDateProperty } from '@app/periods';

/** Why a record is corrected: free text, stored as personal data of the victim (it may name people). */
export class VoidBody {
  @ApiProperty({ example: 'Entered on the wrong case.', description: 'Required. Stored as personal data of the victim.' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class AmendReferralBody extends VoidBody {
  @DateThatHappenedProperty({ example: '2025-04-02', required: false })
  @IsOptional()
  referralDate?: string;

  @ApiPropertyOptional({ enum: MARAC_AGENCIES, example: 'health' })
  @IsOptional()
  @IsIn(MARAC_AGENCIES)
  referringAgency?: MaracAgency;

  @ApiPropertyOptional({ enum: REFERRAL_CRITERIA, example: 'professional-judgement' })
  @IsOptional()
  @IsIn(REFERRAL_CRITERIA)
  criterion?: ReferralCriterion;

  @ApiPropertyOptional({ type: VictimProfileBody, description: 'The whole profile, as on a referral.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => VictimProfileBody)
  profile?: VictimProfileBody;
}

export class AmendHearingBody extends VoidBody {
  @DateThatHappenedProperty({
    example: '2025-04-24',
    required: false,
    description: "Only the meeting's date: a case is heard on the date of its meeting (409 otherwise).",
  })
  @IsOptional()
  heardOn?: string;

  @ApiPropertyOptional({ enum: MARAC_AGENCIES, isArray: true, example: ['police', 'idva'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MARAC_AGENCIES.length)
  @IsIn(MARAC_AGENCIES, { each: true })
  agenciesPresent?: MaracAgency[];
}

export class AmendIncidentBody extends VoidBody {
  @DateThatHappenedProperty({ example: '2026-03-09', required: false })
  @IsOptional()
  date?: string;

  @DateThatHappenedProperty({ example: '2026-03-11', required: false })
  @IsOptional()
  reportedOn?: string;

  @ApiPropertyOptional({ enum: MARAC_AGENCIES, example: 'idva' })
  @IsOptional()
  @IsIn(MARAC_AGENCIES)
  reportingAgency?: MaracAgency;

  @ApiPropertyOptional({ example: 'Perpetrator breached a non-molestation order.', description: 'Stored as personal data of the victim.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  description?: string;
}

export class AmendActionBody extends VoidBody {
  @ApiPropertyOptional({ enum: MARAC_AGENCIES, example: 'housing' })
  @IsOptional()
  @IsIn(MARAC_AGENCIES)
  agency?: MaracAgency;

  @ApiPropertyOptional({ example: 'Fit additional locks at the property.', description: 'Stored as personal data of the victim.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  description?: string;

  @PlannedDateProperty({ example: '2025-05-31', required: false })
  @IsOptional()
  dueDate?: string;
}

/** The fields an amendment body changes: everything but the reason, and only what was sent. */
export function changesOf<Body extends VoidBody>(body: Body): Omit<Body, 'reason'> {
  return Object.fromEntries(Object.entries(body).filter(([key, value]) => key !== 'reason' && value !== undefined)) as Omit<Body, 'reason'>;
}
