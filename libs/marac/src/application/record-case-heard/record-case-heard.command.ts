import { CallerCommand } from '@app/access';
import type { RecordCaseHeard } from '../../domain/index.js';
import type { CaseCommandResult } from '../case-command.js';

/** Record a case as heard at a meeting it was listed for, with the agencies present. */
export class RecordCaseHeardCommand extends CallerCommand<
  Omit<RecordCaseHeard, 'type' | 'today' | 'meetingAgenciesPresent'>,
  CaseCommandResult
> {}
