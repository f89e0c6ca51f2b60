import { partnershipSettingsDecider, type PartnershipSettingsChanged } from '@app/kit';
import {
  ALERT_SETTING_NAMES,
  DEFAULT_ALERT_SETTINGS,
  RETIRED_ALERT_SETTINGS,
  withoutRetiredSettings,
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
  retiredSettings: RETIRED_ALERT_SETTINGS,
  validateChange: validateAlertSettingsChange,
  validateSettings: validateAlertSettings,
});

/** Version 2 names only current settings; version 1 may name the retired Case Review timings (dropped on read). */
export const alertSettingsEventTypes = { AlertSettingsChanged: 2 } as const;

export const alertSettingsUpcasters = {
  AlertSettingsChanged: {
    1: (data: unknown) => {
      const changed = data as AlertSettingsChanged['data'];
      return { ...changed, changes: withoutRetiredSettings(changed.changes) };
    },
  },
};
