import { maracCaseEventTypes, type MaracCaseEvent } from './marac-case.events.js';
import { maracMeetingEventTypes, maracMeetingUpcasters, type MaracMeetingEvent } from './marac-meeting.events.js';
import { maracPanelEventTypes, type MaracPanelEvent } from './marac-panel.events.js';
import { maracSettingsEventTypes, type MaracSettingsEvent } from './marac-settings.events.js';
import { maracVictimEventTypes, maracVictimUpcasters, type MaracVictimEvent } from './marac-victim.events.js';

export type MaracEvent = MaracCaseEvent | MaracVictimEvent | MaracMeetingEvent | MaracPanelEvent | MaracSettingsEvent;

/** `{ EventType: schemaVersion }` for every event the MARAC context writes (BoundedContext.eventTypes). */
export const maracEventTypes = {
  ...maracCaseEventTypes,
  ...maracVictimEventTypes,
  ...maracMeetingEventTypes,
  ...maracPanelEventTypes,
  ...maracSettingsEventTypes,
} as const satisfies Record<MaracEvent['type'], number>;

/** Upcasters of the MARAC context's events, by type and the version they upgrade (BoundedContext.upcasters). */
export const maracUpcasters = { ...maracMeetingUpcasters, ...maracVictimUpcasters };
