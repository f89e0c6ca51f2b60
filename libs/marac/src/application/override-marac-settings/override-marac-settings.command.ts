import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import type { IsoDate } from '@app/periods';
import type { MaracOverridableSettings } from '../../domain/index.js';
import { EXAMPLE_MARAC_ID, EXAMPLE_PARTNERSHIP_ID } from '../examples.js';
import { DatedOverrideChangeView } from '../settings-views.js';

export interface OverrideMaracSettingsInput {
  maracId: string;
  /** The first day the override applies to; the command's own date (in London) when not given. */
  effectiveFrom?: IsoDate;
  changes: Partial<MaracOverridableSettings>;
}

export class MaracOverrides {
  @ApiProperty({ example: EXAMPLE_MARAC_ID })
  maracId: string;
  @ApiProperty({ example: EXAMPLE_PARTNERSHIP_ID })
  partnershipId: string;
  @ApiProperty({ type: [DatedOverrideChangeView], description: 'Every override in the order recorded, with the day it takes effect.' })
  overrides: DatedOverrideChangeView[];
  @ApiProperty({ type: 'integer', example: 1, description: "The registry stream's revision (also the ETag)." })
  revision: number;
}

/** Give one MARAC its own band (both ends) or population over its partnership's, from a given day on (admins). */
export class OverrideMaracSettingsCommand extends CallerCommand<OverrideMaracSettingsInput, MaracOverrides> {}
