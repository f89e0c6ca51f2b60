import { maracCaseEventTypes, type MaracCaseEvent } from './marac-case.events.js';
import { maracMeetingEventTypes, maracMeetingUpcasters, type MaracMeetingEvent } from './marac-meeting.events.js';
import { maracVictimEventTypes, type MaracVictimEvent } from './marac-victim.events.js';

export type MaracEvent = MaracCaseEvent | MaracVictimEvent | MaracMeetingEvent;

/** `{ EventType: schemaVersion }` for every event the MARAC context writes (BoundedContext.eventTypes). */
export const maracEventTypes = {
  ...maracCaseEventTypes,
  ...maracVictimEventTypes,
  ...maracMeetingEventTypes,
} as const satisfies Record<MaracEvent['type'], number>;

/** Upcasters of the MARAC context's events, by type and the version they upgrade (BoundedContext.upcasters). */
export const maracUpcasters = { ...maracMeetingUpcasters };
