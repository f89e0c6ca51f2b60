import { CallerCommand } from '@app/access';
import type { ChangePartnershipSettingsInput } from '@app/kit';
import type { AlertSettings } from '../../domain/index.js';
import type { AlertSettingsView } from '../alert-settings-view.js';

/** Change some of a partnership's alert thresholds from a day on; answers with the settings in force that day. */
export class ChangeAlertSettingsCommand extends CallerCommand<ChangePartnershipSettingsInput<AlertSettings>, AlertSettingsView> {}
