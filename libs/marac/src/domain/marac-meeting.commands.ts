import type { IsoDate } from '@app/periods';
import type { MeetingCancellationReason } from './marac-codes.js';

/**
 * Commands on one MARAC meeting (stream `marac_meeting-<meetingId>`). The agenda is not kept here: it is
 * projected from CaseListedForMeeting events on the case streams. A meeting cannot be moved: cancel it and
 * schedule another.
 */
export interface ScheduleMeeting {
  type: 'ScheduleMeeting';
  meetingId: string;
  maracId: string;
  partnershipId: string;
  date: IsoDate;
}

export interface CancelMeeting {
  type: 'CancelMeeting';
  meetingId: string;
  cancelledOn: IsoDate;
  reason: MeetingCancellationReason;
}

export interface MarkMeetingHeld {
  type: 'MarkMeetingHeld';
  meetingId: string;
  heldOn: IsoDate;
}

export type MaracMeetingCommand = ScheduleMeeting | CancelMeeting | MarkMeetingHeld;
