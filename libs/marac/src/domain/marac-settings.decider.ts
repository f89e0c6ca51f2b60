import { partnershipSettingsDecider, type ChangePartnershipSettings, type PartnershipSettingsState } from '@app/kit';
import {
  DEFAULT_MARAC_SETTINGS,
  MARAC_SETTING_NAMES,
  validateMaracSettings,
  validateMaracSettingsChange,
  type MaracSettings,
} from './marac-settings.js';

export type ChangeMaracSettings = ChangePartnershipSettings<MaracSettings>;
export type MaracSettingsState = PartnershipSettingsState<MaracSettings>;

/**
 * A partnership's MARAC settings history (`marac_settings-<partnershipId>`): each change names the day it
 * takes effect (400 for an empty change, an unknown setting, a value out of range, or a band whose low end
 * would be above its high end on any day from then on).
 */
export const maracSettingsDecider = partnershipSettingsDecider({
  eventType: 'MaracSettingsChanged',
  defaults: DEFAULT_MARAC_SETTINGS,
  settingNames: MARAC_SETTING_NAMES,
  validateChange: validateMaracSettingsChange,
  validateSettings: validateMaracSettings,
});
