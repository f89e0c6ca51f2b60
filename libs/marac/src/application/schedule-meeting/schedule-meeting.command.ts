import { CallerCommand } from '@app/access';
import type { ScheduleMeeting } from '../../domain/index.js';
import type { MeetingCommandResult } from '../meeting-commands.js';

/** Schedule a MARAC meeting; its id derives from the command id (a retry schedules nothing twice). */
export class ScheduleMeetingCommand extends CallerCommand<Omit<ScheduleMeeting, 'type' | 'today' | 'meetingId'>, MeetingCommandResult> {}
