import { panelRegistryProjection, settingsHistoryProjection } from '@app/kit';
import { MaracPanel } from './marac-panel.entity.js';
import { MaracSettingsChange } from './marac-settings-change.entity.js';
import { MARAC_PANEL_EVENT_TYPES, MARAC_PANEL_STREAM_CATEGORY, MARAC_SETTINGS_STREAM_CATEGORY } from '../domain/index.js';

/** The registered MARACs (marac_panels), for listing them. */
export const maracPanelsProjection = panelRegistryProjection({
  name: 'marac_panels',
  category: MARAC_PANEL_STREAM_CATEGORY,
  eventTypes: MARAC_PANEL_EVENT_TYPES,
  entity: MaracPanel,
  table: 'marac_panels',
});

/** Every change of partnership and MARAC settings with the day it takes effect (marac_settings_history), for reports. */
export const maracSettingsHistoryProjection = settingsHistoryProjection({
  name: 'marac_settings_history',
  partnershipSettings: { category: MARAC_SETTINGS_STREAM_CATEGORY, changed: 'MaracSettingsChanged' },
  panelSettings: { category: MARAC_PANEL_STREAM_CATEGORY, overridden: MARAC_PANEL_EVENT_TYPES.settingsOverridden },
  entity: MaracSettingsChange,
  table: 'marac_settings_history',
});
