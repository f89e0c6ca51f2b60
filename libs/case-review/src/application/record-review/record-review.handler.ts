import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleApplicationCommand, type ApplicationCommandResult } from '../application-command.js';
import { RecordReviewCommand } from './record-review.command.js';

@CommandHandler(RecordReviewCommand)
export class RecordReviewHandler implements ICommandHandler<RecordReviewCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: RecordReviewCommand): Promise<ApplicationCommandResult> {
    const { input } = command;
    return handleApplicationCommand(this.executor, command, {
      type: 'RecordReview',
      heldOn: input.heldOn,
      bodiesPresent: input.bodiesPresent,
      chair: input.chair,
      chairIndependent: input.chairIndependent,
      victimConsulted: input.victimConsulted,
      recommendations: input.recommendations,
    });
  }
}
