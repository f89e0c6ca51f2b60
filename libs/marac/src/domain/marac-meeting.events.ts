import type { DomainEvent } from '@app/domain';
import type { IsoDate } from '@app/periods';
import type { MaracAgency, MeetingCancellationReason } from './marac-codes.js';

export const MARAC_MEETING_STREAM_CATEGORY = 'marac_meeting';

export type MeetingScheduled = DomainEvent<
  'MeetingScheduled',
  { meetingId: string; maracId: string; partnershipId: string; date: IsoDate }
>;

export type MeetingCancelled = DomainEvent<
  'MeetingCancelled',
  { meetingId: string; maracId: string; cancelledOn: IsoDate; reason: MeetingCancellationReason }
>;

/** Version 2 adds `agenciesPresent` (version 1 recorded none: upcast to an empty list). */
export type MeetingHeld = DomainEvent<
  'MeetingHeld',
  { meetingId: string; maracId: string; heldOn: IsoDate; agenciesPresent: MaracAgency[] }
>;

export type MaracMeetingEvent = MeetingScheduled | MeetingCancelled | MeetingHeld;

/** Every event type of the stream with the schema version it is written with. */
export const maracMeetingEventTypes = {
  MeetingScheduled: 1,
  MeetingCancelled: 1,
  MeetingHeld: 2,
} as const satisfies Record<MaracMeetingEvent['type'], number>;

/** Turns older versions of the meeting's events into the current ones (ContextEventTypes.upcasters). */
export const maracMeetingUpcasters = {
  MeetingHeld: { 1: (data: unknown) => ({ ...(data as object), agenciesPresent: [] }) },
};
