import { CallerCommand } from '@app/access';
import type { CompleteAgencyAction } from '../../domain/index.js';
import type { CaseCommandResult } from '../case-command.js';

/** An agency completes one of its actions (completing twice is refused, 409). */
export class CompleteAgencyActionCommand extends CallerCommand<Omit<CompleteAgencyAction, 'type' | 'today'>, CaseCommandResult> {}
