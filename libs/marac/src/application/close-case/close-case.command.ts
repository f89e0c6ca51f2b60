import { CallerCommand } from '@app/access';
import type { CloseCase } from '../../domain/index.js';
import type { CaseCommandResult } from '../case-command.js';

/** Close a case, with a reason. */
export class CloseCaseCommand extends CallerCommand<Omit<CloseCase, 'type' | 'today'>, CaseCommandResult> {}
