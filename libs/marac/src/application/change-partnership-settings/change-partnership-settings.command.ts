import { CallerCommand } from '@app/access';
import type { ChangePartnershipSettingsInput } from '@app/kit';
import type { MaracSettings } from '../../domain/index.js';
import type { PartnershipSettingsView } from '../partnership-settings-view.js';

/** Change some of a partnership's MARAC settings from a given day on (PATCH); answers with the settings in force that day. */
export class ChangePartnershipSettingsCommand extends CallerCommand<
  ChangePartnershipSettingsInput<MaracSettings>,
  PartnershipSettingsView
> {}
