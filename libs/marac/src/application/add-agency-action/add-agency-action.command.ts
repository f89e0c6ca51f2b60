import { CallerCommand } from '@app/access';
import type { AddAgencyAction } from '../../domain/index.js';
import type { CaseCommandResult } from '../case-command.js';

export type AddAgencyActionInput = Omit<AddAgencyAction, 'type' | 'today' | 'actionId'> & { actionId?: string };

/** An agency takes an action on a case (agency, description, due date); the action id defaults to one derived from the command id. */
export class AddAgencyActionCommand extends CallerCommand<AddAgencyActionInput, CaseCommandResult & { actionId: string }> {}
