import { partnershipSettingsDecider, type PartnershipSettingsChanged } from '@app/kit';
import {
  ALERT_SETTING_NAMES,
  DEFAULT_ALERT_SETTINGS,
  validateAlertSettings,
  validateAlertSettingsChange,
  type AlertSettings,
} from './alert-settings.js';

/** One stream per partnership: `alert_settings-<partnershipId>`, every change of its alert thresholds. */
export const ALERT_SETTINGS_STREAM_CATEGORY = 'alert_settings';

export type AlertSettingsChanged = PartnershipSettingsChanged<'AlertSettingsChanged', AlertSettings>;

export const alertSettingsDecider = partnershipSettingsDecider({
  eventType: 'AlertSettingsChanged',
  defaults: DEFAULT_ALERT_SETTINGS,
  settingNames: ALERT_SETTING_NAMES,
  validateChange: validateAlertSettingsChange,
  validateSettings: validateAlertSettings,
});

export const alertSettingsEventTypes = { AlertSettingsChanged: 1 } as const;
