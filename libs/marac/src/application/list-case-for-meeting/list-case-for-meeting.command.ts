import { CallerCommand } from '@app/access';
import type { CaseCommandResult } from '../case-command.js';

/**
 * List a case on a meeting's agenda: the meeting must exist, not be cancelled and belong to the case's
 * MARAC (and partnership); the case decider then checks the case (open, not listed there already).
 */
export class ListCaseForMeetingCommand extends CallerCommand<{ caseId: string; meetingId: string }, CaseCommandResult> {}
