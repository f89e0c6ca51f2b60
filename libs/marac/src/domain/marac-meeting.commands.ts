import type { IsoDate } from '@app/periods';
import type { MaracAgency, MeetingCancellationReason } from './marac-codes.js';
import type { AtCommandTime } from './marac-case.commands.js';

/**
 * Commands on one MARAC meeting (stream `marac_meeting-<meetingId>`). The agenda is not kept here: it is
 * projected from CaseListedForMeeting events on the case streams. A meeting cannot be moved: cancel it and
 * schedule another.
 */
export interface ScheduleMeeting extends AtCommandTime {
  type: 'ScheduleMeeting';
  meetingId: string;
  maracId: string;
  partnershipId: string;
  date: IsoDate;
}

export interface CancelMeeting extends AtCommandTime {
  type: 'CancelMeeting';
  meetingId: string;
  cancelledOn: IsoDate;
  reason: MeetingCancellationReason;
}

/** A meeting is held on its date (it cannot be moved), with the agencies present at it. */
export interface MarkMeetingHeld extends AtCommandTime {
  type: 'MarkMeetingHeld';
  meetingId: string;
  /** The meeting's date when left out; any other date is refused. */
  heldOn?: IsoDate;
  /** At least one; duplicates are ignored. Each case heard takes these, less any that left early. */
  agenciesPresent: MaracAgency[];
}

export type MaracMeetingCommand = ScheduleMeeting | CancelMeeting | MarkMeetingHeld;
