import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DatedSettingsChange } from '@app/kit';
import { DateProperty } from '@app/periods';
import type { MaracOverridableSettings, MaracSettings, RepeatBand } from '../domain/index.js';

/** The answers' view of the domain's settings values: what the settings and registry endpoints and the reports return. */

export class RepeatBandView implements RepeatBand {
  @ApiProperty({ example: 0.28, minimum: 0, maximum: 1, description: 'Lowest rate inside the band, inclusive (0.28 = 28%).' })
  low: number;
  @ApiProperty({ example: 0.4, minimum: 0, maximum: 1, description: 'Highest rate inside the band, inclusive.' })
  high: number;
}

const REPEAT_BAND_LOW = { example: 0.28, minimum: 0, maximum: 1 };
const REPEAT_BAND_HIGH = { example: 0.42, minimum: 0, maximum: 1 };
const POPULATION = {
  type: 'integer' as const,
  nullable: true,
  example: 52000,
  description: 'Adult (16+) female population; null: not configured.',
};

/** The MARAC overrides one change named (and only those). */
export class MaracOverrideChangesView implements Partial<MaracOverridableSettings> {
  @ApiPropertyOptional(REPEAT_BAND_LOW) repeatBandLow?: number;
  @ApiPropertyOptional(REPEAT_BAND_HIGH) repeatBandHigh?: number;
  @ApiPropertyOptional(POPULATION) adultFemalePopulation?: number | null;
}

/** The partnership settings one change named (and only those). */
export class MaracSettingsChangesView extends MaracOverrideChangesView implements Partial<MaracSettings> {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, example: 3 }) policeCallOutThreshold?: number;
}

export class DatedSettingsChangeView implements DatedSettingsChange<MaracSettings> {
  @DateProperty({ example: '2026-04-01', description: 'The first day the change applies to.' })
  effectiveFrom: string;
  @ApiProperty({ type: MaracSettingsChangesView, description: 'Only the settings the change named; the others stay as they were.' })
  changes: MaracSettingsChangesView;
}

export class DatedOverrideChangeView implements DatedSettingsChange<MaracOverridableSettings> {
  @DateProperty({ example: '2026-04-01', description: 'The first day the override applies to.' })
  effectiveFrom: string;
  @ApiProperty({ type: MaracOverrideChangesView, description: 'Only the overrides the change named.' })
  changes: MaracOverrideChangesView;
}
