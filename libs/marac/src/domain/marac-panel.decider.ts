import { panelRegistryDecider, type PanelRegistryCommand, type PanelRegistryState } from '@app/kit';
import { MARAC_PANEL_EVENT_TYPES } from './marac-panel.events.js';
import {
  MARAC_OVERRIDABLE_SETTING_NAMES,
  validateMaracOverrides,
  validateMaracSettingsChange,
  type MaracOverridableSettings,
} from './marac-settings.js';

export type MaracPanelCommand = PanelRegistryCommand<MaracOverridableSettings>;
export type MaracPanelState = PanelRegistryState<MaracOverridableSettings>;
export type RegisteredMaracState = Extract<MaracPanelState, { status: 'registered' }>;

/**
 * The MARAC registry (`marac_panel-<maracId>`): a MARAC is registered once under a partnership (409 the
 * second time), before referrals and meetings name it; it can be renamed and can override its
 * partnership's band (as a whole) and population from a given day on. Commands on a MARAC nobody
 * registered are 404 "There is no such MARAC."
 */
export const maracPanelDecider = panelRegistryDecider({
  eventTypes: MARAC_PANEL_EVENT_TYPES,
  label: 'MARAC',
  settingNames: MARAC_OVERRIDABLE_SETTING_NAMES,
  validateChange: validateMaracSettingsChange,
  validateOverrides: validateMaracOverrides,
});
