import { CallerCommand } from '@app/access';
import type { DatedSettingsChange } from '@app/kit';
import type { IsoDate } from '@app/periods';
import type { MaracOverridableSettings } from '../../domain/index.js';

export interface OverrideMaracSettingsInput {
  maracId: string;
  /** The first day the override applies to; the command's own date (in London) when not given. */
  effectiveFrom?: IsoDate;
  changes: Partial<MaracOverridableSettings>;
}

export interface MaracOverrides {
  maracId: string;
  partnershipId: string;
  /** Every override in the order recorded, with the day it takes effect. */
  overrides: DatedSettingsChange<MaracOverridableSettings>[];
  revision: number;
}

/** Give one MARAC its own band (both ends) or population over its partnership's, from a given day on (admins). */
export class OverrideMaracSettingsCommand extends CallerCommand<OverrideMaracSettingsInput, MaracOverrides> {}
