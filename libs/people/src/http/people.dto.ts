import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateThatHappenedProperty } from '@app/periods';
import { MAX_ADDRESSES, MAX_ALIASES, MAX_CONTACTS, MAX_MERGE_REASON, PERSON_SEXES, type PersonSex } from '../domain/index.js';

export class PersonParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;
}

export class PersonAddressBody {
  @ApiProperty({ example: '1 Example Street, Demo Town' })
  @IsString()
  @Length(1, 500)
  address: string;

  @ApiPropertyOptional({ example: 'ZZ1 1ZZ', description: 'A UK postcode; taken from the address when left out.' })
  @IsOptional()
  @IsString()
  @Length(5, 8)
  postcode?: string;
}

export class PersonIdentityBody {
  @ApiProperty({ example: 'Demo Person 0001' })
  @IsString()
  @Length(1, 200)
  fullName: string;

  @ApiPropertyOptional({ type: String, isArray: true, example: ['Demo Maiden 0001'], maxItems: MAX_ALIASES })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ALIASES)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  aliases?: string[];

  @DateThatHappenedProperty({ example: '1990-06-15', required: false })
  @IsOptional()
  dateOfBirth?: string;

  @ApiPropertyOptional({ enum: PERSON_SEXES, example: 'female' })
  @IsOptional()
  @IsIn(PERSON_SEXES)
  sex?: PersonSex;

  @ApiPropertyOptional({ type: PersonAddressBody, isArray: true, maxItems: MAX_ADDRESSES })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ADDRESSES)
  @ValidateNested({ each: true })
  @Type(() => PersonAddressBody)
  addresses?: PersonAddressBody[];

  @ApiPropertyOptional({ type: String, isArray: true, example: ['01632 960001'], maxItems: MAX_CONTACTS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CONTACTS)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  phones?: string[];

  @ApiPropertyOptional({ type: String, isArray: true, example: ['person0001@example.invalid'], maxItems: MAX_CONTACTS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CONTACTS)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  emails?: string[];
}

export class RegisterPersonBody {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;

  @ApiProperty({ type: PersonIdentityBody })
  @ValidateNested()
  @Type(() => PersonIdentityBody)
  identity: PersonIdentityBody;

  @ApiPropertyOptional({
    example: false,
    description: 'Confirms, after a search, that this is nobody already recorded: a close match is then not a 409.',
  })
  @IsOptional()
  @IsBoolean()
  newPerson?: boolean;
}

export class RegisterPersonResponse {
  @ApiProperty({ format: 'uuid' })
  personId: string;
  @ApiProperty({ example: 'demo-csp' })
  partnershipId: string;
  @ApiProperty({ example: 0 })
  revision: number;
}

export class SearchPeopleBody {
  @ApiPropertyOptional({ example: 'demo-csp', description: 'One of your partnerships; all of them when left out.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  partnershipId?: string;

  @ApiPropertyOptional({ example: 'Demo Persn', description: 'Any order, any case; accents, hyphens and small slips are tolerated.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @DateThatHappenedProperty({ example: '1990-06-15', required: false })
  @IsOptional()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: 'ZZ1 1ZZ' })
  @IsOptional()
  @IsString()
  @Length(2, 8)
  postcode?: string;

  @ApiPropertyOptional({ example: 10, minimum: 1, maximum: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class FoundPersonResponse {
  @ApiProperty({ format: 'uuid' })
  personId: string;
  @ApiProperty({ example: 'demo-csp' })
  partnershipId: string;
  @ApiProperty({ example: 'Demo Person 0001' })
  fullName: string;
  @ApiProperty({ type: String, isArray: true })
  aliases: string[];
  @ApiProperty({ type: String, nullable: true, format: 'date' })
  dateOfBirth: string | null;
  @ApiProperty({ enum: PERSON_SEXES, nullable: true })
  sex: PersonSex | null;
  @ApiProperty({ type: String, isArray: true, example: ['ZZ1 1ZZ'] })
  postcodes: string[];
  @ApiProperty({ example: 0.93, description: 'How well the person matches, 0 to 1.' })
  score: number;
}

export class SearchPeopleResponse {
  @ApiProperty({ type: FoundPersonResponse, isArray: true })
  people: FoundPersonResponse[];
}

export class PersonResponse {
  @ApiProperty({ format: 'uuid', description: 'The canonical person (a merged record answers as the person it was merged into).' })
  personId: string;
  @ApiProperty({ example: 'demo-csp' })
  partnershipId: string;
  @ApiProperty({ type: PersonIdentityBody, nullable: true, description: 'null once erased.' })
  identity: PersonIdentityBody | null;
  @ApiProperty({ type: String, isArray: true, description: 'The records merged into this person.' })
  mergedPersonIds: string[];
  @ApiProperty({ example: 0 })
  revision: number;
}

export class MergePersonBody {
  @ApiProperty({ format: 'uuid', description: 'The record this one is the same person as.' })
  @IsUUID()
  intoPersonId: string;

  @ApiProperty({
    example: 'Same date of birth and address; the second referral misspelt her name.',
    description: 'Stored as personal data.',
  })
  @IsString()
  @Length(1, MAX_MERGE_REASON)
  reason: string;
}

export class UnmergePersonBody {
  @ApiProperty({ example: 'Twins: different people.', description: 'Stored as personal data.' })
  @IsString()
  @Length(1, MAX_MERGE_REASON)
  reason: string;
}

export class PersonMergeResponse {
  @ApiProperty({ format: 'uuid' })
  personId: string;
  @ApiProperty({ format: 'uuid' })
  canonicalPersonId: string;
  @ApiProperty({ example: 0, description: "The partnership's merge ledger revision." })
  revision: number;
}
