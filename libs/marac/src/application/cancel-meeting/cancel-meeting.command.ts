import { CallerCommand } from '@app/access';
import type { CancelMeeting } from '../../domain/index.js';
import type { MeetingCommandResult } from '../meeting-commands.js';

/** Cancel a scheduled meeting, with a reason. */
export class CancelMeetingCommand extends CallerCommand<Omit<CancelMeeting, 'type' | 'today'>, MeetingCommandResult> {}
