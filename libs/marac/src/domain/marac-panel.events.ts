import type { PanelRegistered, PanelRenamed, PanelSettingsOverridden } from '@app/kit';
import type { MaracOverridableSettings } from './marac-settings.js';

/** One stream per MARAC: `marac_panel-<maracId>`, its registration, names and own settings. */
export const MARAC_PANEL_STREAM_CATEGORY = 'marac_panel';

export const MARAC_PANEL_EVENT_TYPES = {
  registered: 'MaracRegistered',
  renamed: 'MaracRenamed',
  settingsOverridden: 'MaracSettingsOverridden',
} as const;

/** An admin (or the upgrade, for MARACs that existing records named) registered a MARAC under a partnership. */
export type MaracRegistered = PanelRegistered<'MaracRegistered'>;
export type MaracRenamed = PanelRenamed<'MaracRenamed'>;
/** The MARAC's own band or population from `effectiveFrom` on, over its partnership's. */
export type MaracSettingsOverridden = PanelSettingsOverridden<'MaracSettingsOverridden', MaracOverridableSettings>;

export type MaracPanelEvent = MaracRegistered | MaracRenamed | MaracSettingsOverridden;

/** Every event type of the stream with the schema version it is written with. */
export const maracPanelEventTypes = {
  MaracRegistered: 1,
  MaracRenamed: 1,
  MaracSettingsOverridden: 1,
} as const satisfies Record<MaracPanelEvent['type'], number>;
