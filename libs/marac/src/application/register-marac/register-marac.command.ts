import { CallerCommand } from '@app/access';
import type { IsoDate } from '@app/periods';
import type { MaracOverridableSettings } from '../../domain/index.js';

export interface RegisterMaracInput {
  maracId: string;
  partnershipId: string;
  name: string;
  /** The MARAC's own band (both ends) or population over its partnership's, from `effectiveFrom` (default: the command's date). */
  overrides?: { effectiveFrom?: IsoDate; changes: Partial<MaracOverridableSettings> };
}

export interface MaracRegistration {
  maracId: string;
  partnershipId: string;
  name: string;
  /** The registry stream's revision: the ETag. */
  revision: number;
}

/** Register a MARAC under a partnership, before any referral or meeting names it (admins). */
export class RegisterMaracCommand extends CallerCommand<RegisterMaracInput, MaracRegistration> {}
