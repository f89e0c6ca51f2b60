import { Command } from '@nestjs/cqrs';
import { registerDeadlineCommand } from '@app/kit';
import type { CommandContext } from '@app/event-store';
import type { CaseReviewStage } from '../../domain/index.js';

export interface RaiseStageAlertInput {
  applicationId: string;
  stage: CaseReviewStage;
  dueOn: string;
  kind: 'due-soon' | 'overdue';
}

/** A deadline fired: raise the stage's alert if the stage is still waiting for that due date (a system command). */
export class RaiseStageAlertCommand extends Command<number> {
  constructor(
    readonly input: RaiseStageAlertInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The stored type of the deadlines that raise it: never change it. */
export const RAISE_STAGE_ALERT = 'CaseReviewRaiseStageAlert';
registerDeadlineCommand(
  RAISE_STAGE_ALERT,
  (payload, context) => new RaiseStageAlertCommand(payload as unknown as RaiseStageAlertInput, context),
);
