import type { DomainEvent } from '@app/domain';
import type { IsoDate } from '@app/periods';
import type { MeetingCancellationReason } from './marac-codes.js';

export const MARAC_MEETING_STREAM_CATEGORY = 'marac_meeting';

export type MeetingScheduled = DomainEvent<
  'MeetingScheduled',
  { meetingId: string; maracId: string; partnershipId: string; date: IsoDate }
>;

export type MeetingCancelled = DomainEvent<
  'MeetingCancelled',
  { meetingId: string; maracId: string; cancelledOn: IsoDate; reason: MeetingCancellationReason }
>;

export type MeetingHeld = DomainEvent<'MeetingHeld', { meetingId: string; maracId: string; heldOn: IsoDate }>;

export type MaracMeetingEvent = MeetingScheduled | MeetingCancelled | MeetingHeld;

/** Every event type of the stream with the schema version it is written with. */
export const maracMeetingEventTypes = {
  MeetingScheduled: 1,
  MeetingCancelled: 1,
  MeetingHeld: 1,
} as const satisfies Record<MaracMeetingEvent['type'], number>;
