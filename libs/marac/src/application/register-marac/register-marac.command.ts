import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import type { IsoDate } from '@app/periods';
import type { MaracOverridableSettings } from '../../domain/index.js';
import { EXAMPLE_MARAC_ID, EXAMPLE_PARTNERSHIP_ID } from '../examples.js';

export interface RegisterMaracInput {
  maracId: string;
  partnershipId: string;
  name: string;
  /** The MARAC's own band (both ends) or population over its partnership's, from `effectiveFrom` (default: the command's date). */
  overrides?: { effectiveFrom?: IsoDate; changes: Partial<MaracOverridableSettings> };
}

export class MaracRegistration {
  @ApiProperty({ example: EXAMPLE_MARAC_ID })
  maracId: string;
  @ApiProperty({ example: EXAMPLE_PARTNERSHIP_ID })
  partnershipId: string;
  @ApiProperty({ example: 'Demo MARAC north' })
  name: string;
  @ApiProperty({ type: 'integer', example: 0, description: "The registry stream's revision (also the ETag)." })
  revision: number;
}

/** Register a MARAC under a partnership, before any referral or meeting names it (admins). */
export class RegisterMaracCommand extends CallerCommand<RegisterMaracInput, MaracRegistration> {}
