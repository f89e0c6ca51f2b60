import { CallerCommand } from '@app/access';
import type { RecordDashAssessment } from '../../domain/index.js';
import type { CaseCommandResult } from '../case-command.js';

/** Record a DASH risk checklist on an open case: the score and band are computed by the decider. */
export class RecordDashAssessmentCommand extends CallerCommand<Omit<RecordDashAssessment, 'type' | 'today'>, CaseCommandResult> {}
