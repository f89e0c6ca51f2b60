import { CallerCommand } from '@app/access';
import type { IsoDate } from '@app/periods';
import type { AlertSettings } from '../../domain/index.js';
import type { AlertSettingsView } from '../alert-settings-view.js';

export interface ChangeAlertSettingsInput {
  partnershipId: string;
  /** Today (London) when not given. */
  effectiveFrom?: IsoDate;
  changes: Partial<AlertSettings>;
}

/** Change some of a partnership's alert thresholds from a day on; answers with the settings in force that day. */
export class ChangeAlertSettingsCommand extends CallerCommand<ChangeAlertSettingsInput, AlertSettingsView> {}
