import type { PartnershipSettingsChanged } from '@app/kit';
import type { MaracSettings } from './marac-settings.js';

/** One stream per partnership: `marac_settings-<partnershipId>`, every change of its MARAC settings. */
export const MARAC_SETTINGS_STREAM_CATEGORY = 'marac_settings';

/** Some of a partnership's MARAC settings changed from `effectiveFrom` on (only the named ones). */
export type MaracSettingsChanged = PartnershipSettingsChanged<'MaracSettingsChanged', MaracSettings>;

export type MaracSettingsEvent = MaracSettingsChanged;

/** Every event type of the stream with the schema version it is written with. */
export const maracSettingsEventTypes = {
  MaracSettingsChanged: 1,
} as const satisfies Record<MaracSettingsEvent['type'], number>;
