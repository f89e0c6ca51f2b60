import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import type { AddAgencyAction } from '../../domain/index.js';
import { CaseCommandResult } from '../case-command.js';

export type AddAgencyActionInput = Omit<AddAgencyAction, 'type' | 'today' | 'actionId'> & { actionId?: string };

/** The case after the action was added, and the action's id (the one given, or the one derived from the command id). */
export class AddAgencyActionResult extends CaseCommandResult {
  @ApiProperty({ example: 'action-1' })
  actionId: string;
}

/** An agency takes an action on a case (agency, description, due date); the action id defaults to one derived from the command id. */
export class AddAgencyActionCommand extends CallerCommand<AddAgencyActionInput, AddAgencyActionResult> {}
