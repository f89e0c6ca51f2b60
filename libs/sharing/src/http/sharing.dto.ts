import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { DateThatHappenedProperty } from '@app/periods';
import {
  AGENCY_CODE,
  CONSENT_DECISIONS,
  CONSENT_METHODS,
  LAWFUL_BASES,
  SHARING_PURPOSES,
  type ConsentDecision,
  type ConsentMethod,
  type LawfulBasis,
  type SharingPurpose,
} from '@app/people';

export class SharingPersonParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;
}

export class SharingDefaultParams {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;

  @ApiProperty({ enum: SHARING_PURPOSES, example: 'marac' })
  @IsIn(SHARING_PURPOSES)
  purpose: SharingPurpose;
}

export class SharingPartnershipParams {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;
}

/** The agency and purpose every sharing request is about. */
class AgencyPurposeBody {
  @ApiProperty({ example: 'housing', description: 'The partner agency, as the context names it (police, idva, housing, ...).' })
  @IsString()
  @Matches(AGENCY_CODE, { message: 'agency must be a lowercase code such as police, idva or housing' })
  agency: string;

  @ApiProperty({ enum: SHARING_PURPOSES, example: 'marac' })
  @IsIn(SHARING_PURPOSES)
  purpose: SharingPurpose;
}

export class RecordConsentBody extends AgencyPurposeBody {
  @ApiProperty({ enum: CONSENT_DECISIONS, example: 'given' })
  @IsIn(CONSENT_DECISIONS)
  decision: ConsentDecision;

  @DateThatHappenedProperty({ example: '2026-06-01', description: 'The day the person gave, refused or withdrew consent.' })
  on: string;

  @ApiProperty({ enum: CONSENT_METHODS, example: 'verbal' })
  @IsIn(CONSENT_METHODS)
  how: ConsentMethod;
}

export class DecideSharingWithoutConsentBody extends AgencyPurposeBody {
  @ApiProperty({ enum: LAWFUL_BASES, example: 'crime-and-disorder-act-s115' })
  @IsIn(LAWFUL_BASES)
  basis: LawfulBasis;

  @ApiProperty({ example: 'MARAC chair', description: 'Who decided (their role); no name of the person the record is about.' })
  @IsString()
  @Length(2, 200)
  decidedBy: string;

  @ApiProperty({
    example: 'High risk of serious harm; the victim is not in contact and the agency needs to act.',
    description: 'Why information is shared without consent. Personal data: encrypted under the person, erased with them.',
  })
  @IsString()
  @Length(1, 2000)
  reason: string;

  @DateThatHappenedProperty({ example: '2026-06-02', description: 'The day it was decided.' })
  on: string;
}

export class RecordShareBody extends AgencyPurposeBody {
  @DateThatHappenedProperty({ example: '2026-06-10', description: 'The day the information was shared.' })
  on: string;
}

export class SetSharingDefaultBody {
  @ApiProperty({
    type: String,
    enum: [...LAWFUL_BASES, null],
    nullable: true,
    example: 'crime-and-disorder-act-s115',
    description: 'The default basis for sharing without consent for the purpose; null for none (consent or a basis per person needed).',
  })
  @ValidateIf((_, value) => value !== null)
  @IsIn(LAWFUL_BASES)
  basis: LawfulBasis | null;
}
