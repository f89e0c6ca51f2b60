import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  DASH_ANSWERS,
  DASH_QUESTION_COUNT,
  MARAC_AGENCIES,
  PERPETRATOR_RELATIONSHIPS,
  REFERRAL_CRITERIA,
  RISK_BANDS,
  VICTIM_ETHNICITIES,
  VICTIM_SEXES,
  type DashAnswer,
  type MaracAgency,
  type PerpetratorRelationship,
  type ReferralCriterion,
  type RiskBand,
  type VictimEthnicity,
  type VictimSex,
} from '../domain/index.js';
import { DateThatHappenedProperty } from '@app/periods';

const EXAMPLE_ANSWERS: DashAnswer[] = [...Array<DashAnswer>(15).fill('yes'), ...Array<DashAnswer>(7).fill('no'), 'not-known', 'not-known'];

export class DashOverrideBody {
  @ApiProperty({
    enum: RISK_BANDS,
    example: 'high',
    description: 'The level professional judgement sets: must be higher than the checklist band.',
  })
  @IsIn(RISK_BANDS)
  level: RiskBand;

  @ApiProperty({ example: 'Escalating threats since the checklist was completed.', description: 'Why (stored as personal data).' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class DashChecklistBody {
  @DateThatHappenedProperty({ example: '2025-04-10', required: false, description: 'Defaults to the referral date.' })
  @IsOptional()
  assessedOn?: string;

  @ApiProperty({
    enum: DASH_ANSWERS,
    isArray: true,
    minItems: 24,
    maxItems: 24,
    example: EXAMPLE_ANSWERS,
    description: 'The 24 answers in checklist order.',
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

export class VictimDetailsBody {
  @ApiProperty({ example: 'Demo Victim 0001' })
  @IsString()
  @Length(1, 200)
  fullName: string;

  @ApiPropertyOptional({ type: String, isArray: true, example: ['Demo Maiden 0001'], description: 'Other names the person is known by.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  aliases?: string[];

  @DateThatHappenedProperty({ example: '1990-06-15', required: false })
  @IsOptional()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: '1 Example Street, Demo Town' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ example: 'ZZ1 1ZZ', description: 'A UK postcode (searched on); taken from the address when left out.' })
  @IsOptional()
  @IsString()
  @Length(5, 8)
  postcode?: string;

  @ApiPropertyOptional({ example: '01632 960001' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string;

  @ApiPropertyOptional({ example: 'victim0001@example.invalid' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  email?: string;
}

export class VictimProfileBody {
  @ApiProperty({ enum: VICTIM_SEXES, example: 'female' })
  @IsIn(VICTIM_SEXES)
  sex: VictimSex;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 130,
    example: 34,
    nullable: true,
    description: 'Whole years at the referral date, when no date of birth is given.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(130)
  ageAtReferral?: number | null;

  @ApiProperty({ enum: VICTIM_ETHNICITIES, example: 'not-racially-minoritised' })
  @IsIn(VICTIM_ETHNICITIES)
  ethnicity: VictimEthnicity;

  @ApiProperty({ type: Boolean, example: false, nullable: true, description: 'null = not known' })
  @ValidateIf((_, value) => value !== null)
  @IsBoolean()
  disabled: boolean | null;

  @ApiProperty({ type: Boolean, example: false, nullable: true, description: 'null = not known' })
  @ValidateIf((_, value) => value !== null)
  @IsBoolean()
  lgbtPlus: boolean | null;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 30, example: 2, nullable: true, description: 'null = not known' })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(30)
  childrenInHousehold: number | null;
}

export class VictimBody {
  @ApiPropertyOptional({
    format: 'uuid',
    example: '3f0c9a4e-1b2d-4c5e-8f90-a1b2c3d4e5f6',
    description: "The victim's person record (find it with POST /people/search); omit, and give details, for a new person.",
  })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({
    type: VictimDetailsBody,
    description:
      "Required without personId (the server registers the person); with it, the details as this referral gives them (else the person record's).",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => VictimDetailsBody)
  details?: VictimDetailsBody;

  @ApiPropertyOptional({
    example: false,
    description: 'With details: you have searched and this is nobody already recorded, so a close match is not a 409.',
  })
  @IsOptional()
  @IsBoolean()
  newPerson?: boolean;

  @ApiProperty({ type: VictimProfileBody })
  @ValidateNested()
  @Type(() => VictimProfileBody)
  profile: VictimProfileBody;
}

export class PerpetratorDetailsBody {
  @ApiProperty({ example: 'Demo Perpetrator 0001' })
  @IsString()
  @Length(1, 200)
  fullName: string;

  @ApiPropertyOptional({ type: String, isArray: true, example: ['Demo Maiden 0001'], description: 'Other names the person is known by.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  aliases?: string[];

  @DateThatHappenedProperty({ example: '1988-01-20', required: false })
  @IsOptional()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: '2 Example Road, Demo Town' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ example: 'ZZ1 1ZZ', description: 'A UK postcode (searched on); taken from the address when left out.' })
  @IsOptional()
  @IsString()
  @Length(5, 8)
  postcode?: string;
}

export class PerpetratorBody {
  @ApiPropertyOptional({
    format: 'uuid',
    example: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
    description: "The perpetrator's person record in the partnership; omit, and give details, for a new person.",
  })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiProperty({ enum: PERPETRATOR_RELATIONSHIPS, example: 'ex-partner' })
  @IsIn(PERPETRATOR_RELATIONSHIPS)
  relationship: PerpetratorRelationship;

  @ApiPropertyOptional({ type: PerpetratorDetailsBody, description: 'Required without personId.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PerpetratorDetailsBody)
  details?: PerpetratorDetailsBody;

  @ApiPropertyOptional({
    example: false,
    description: 'With details: you have searched and this is nobody already recorded, so a close match is not a 409.',
  })
  @IsOptional()
  @IsBoolean()
  newPerson?: boolean;
}

export class ReferCaseBody {
  @ApiProperty({ example: 'demo-csp', description: 'The partnership that owns the MARAC.' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;

  @ApiProperty({ example: 'demo-marac-north' })
  @IsString()
  @Length(1, 100)
  maracId: string;

  @DateThatHappenedProperty({ example: '2025-04-10' })
  referralDate: string;

  @ApiProperty({ enum: MARAC_AGENCIES, example: 'police' })
  @IsIn(MARAC_AGENCIES)
  referringAgency: MaracAgency;

  @ApiProperty({ enum: REFERRAL_CRITERIA, example: 'visible-high-risk' })
  @IsIn(REFERRAL_CRITERIA)
  criterion: ReferralCriterion;

  @ApiProperty({ type: VictimBody })
  @ValidateNested()
  @Type(() => VictimBody)
  victim: VictimBody;

  @ApiProperty({ type: PerpetratorBody, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PerpetratorBody)
  perpetrators: PerpetratorBody[];

  @ApiPropertyOptional({ type: DashChecklistBody, nullable: true, description: 'Required (score 14+) for visible-high-risk.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DashChecklistBody)
  dash?: DashChecklistBody | null;
}
