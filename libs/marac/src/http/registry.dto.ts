import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PANEL_NAME_MAX_LENGTH } from '@app/kit';
import { IsCalendarDate } from '@app/periods';

/** The day a change takes effect: every settings change names one (the request's date when left out). */
class EffectiveFromField {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-04-01',
    description: 'The first day the change applies to (default: today). Earlier periods keep the settings they had.',
  })
  @IsOptional()
  @IsCalendarDate()
  effectiveFrom?: string;
}

/** A MARAC's own settings over its partnership's: the band as a whole, or the population. */

/** Above the UK's whole population: a bound, not a plausibility check; fits the int column. */
const MAX_ADULT_FEMALE_POPULATION = 100_000_000;
export class MaracOverridesBody extends EffectiveFromField {
  @ApiPropertyOptional({ example: 0.28, minimum: 0, maximum: 1, description: 'With repeatBandHigh: the MARAC’s own repeat-rate band.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  repeatBandLow?: number;

  @ApiPropertyOptional({ example: 0.42, minimum: 0, maximum: 1 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  repeatBandHigh?: number;

  @ApiPropertyOptional({ example: 21000, minimum: 1, description: 'The adult (16+) female population the MARAC serves.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ADULT_FEMALE_POPULATION)
  adultFemalePopulation?: number;
}

export class RegisterMaracBody {
  @ApiProperty({
    example: 'demo-marac-north',
    description: 'The id referrals and meetings will name: letters, digits, dots, dashes and underscores.',
  })
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    message: 'maracId must be letters, digits, dots, dashes and underscores, starting with a letter or digit',
  })
  maracId: string;

  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;

  @ApiProperty({ example: 'North MARAC', maxLength: PANEL_NAME_MAX_LENGTH })
  @IsString()
  @Length(1, PANEL_NAME_MAX_LENGTH)
  name: string;

  @ApiPropertyOptional({ type: MaracOverridesBody, description: "The MARAC's own band or population; the partnership's apply otherwise." })
  @IsOptional()
  @ValidateNested()
  @Type(() => MaracOverridesBody)
  overrides?: MaracOverridesBody;
}

export class RenameMaracBody {
  @ApiProperty({ example: 'North MARAC', maxLength: PANEL_NAME_MAX_LENGTH })
  @IsString()
  @Length(1, PANEL_NAME_MAX_LENGTH)
  name: string;
}

/** PATCH: only the settings named change, from `effectiveFrom` on. */
export class SettingsPatchBody extends EffectiveFromField {
  @ApiPropertyOptional({ example: 0.28, minimum: 0, maximum: 1 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  repeatBandLow?: number;

  @ApiPropertyOptional({ example: 0.4, minimum: 0, maximum: 1 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  repeatBandHigh?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    example: 52000,
    nullable: true,
    description: 'Adult (16+) female population; null if not known.',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_ADULT_FEMALE_POPULATION)
  adultFemalePopulation?: number | null;

  @ApiPropertyOptional({ example: 3, minimum: 1, description: 'Police call-outs in 12 months for potential escalation.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  policeCallOutThreshold?: number;
}

export class SettingsOnQuery {
  @ApiPropertyOptional({ format: 'date', example: '2025-03-31', description: 'The day whose settings to show (default: today).' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}
