import { CallerCommand } from '@app/access';
import type { IsoDate } from '@app/periods';
import type { MaracSettings } from '../../domain/index.js';
import type { PartnershipSettingsView } from '../partnership-settings-view.js';

export interface ChangePartnershipSettingsInput {
  partnershipId: string;
  /** The first day the change applies to; the command's own date (in London) when not given. */
  effectiveFrom?: IsoDate;
  /** Only the settings to change (PATCH): the others stay as they are. */
  changes: Partial<MaracSettings>;
}

/** Change some of a partnership's MARAC settings from a given day on; answers with the settings in force that day. */
export class ChangePartnershipSettingsCommand extends CallerCommand<ChangePartnershipSettingsInput, PartnershipSettingsView> {}
