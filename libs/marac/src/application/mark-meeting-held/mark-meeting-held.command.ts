import { CallerCommand } from '@app/access';
import type { MarkMeetingHeld } from '../../domain/index.js';
import type { MeetingCommandResult } from '../meeting-commands.js';

/** Mark a meeting held (on its date, not later than today), with the agencies present at it. */
export class MarkMeetingHeldCommand extends CallerCommand<Omit<MarkMeetingHeld, 'type' | 'today'>, MeetingCommandResult> {}
