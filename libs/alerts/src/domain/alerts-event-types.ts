import { alertSettingsEventTypes, alertSettingsUpcasters } from './alert-settings.decider.js';
import { alertEventTypes } from './alert.events.js';
import { personWatchEventTypes } from './person-watch.events.js';
import { watchMergesEventTypes } from './watch-merges.events.js';

/** `{ EventType: schemaVersion }` for every event the alerts context writes. */
export const alertsEventTypes = {
  ...alertEventTypes,
  ...personWatchEventTypes,
  ...watchMergesEventTypes,
  ...alertSettingsEventTypes,
} as const;

/** Upcasters of the alerts context's events, by type and the version they upgrade (BoundedContext.upcasters). */
export const alertsUpcasters = { ...alertSettingsUpcasters };
