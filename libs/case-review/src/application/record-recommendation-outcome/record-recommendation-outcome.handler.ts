import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleApplicationCommand, type ApplicationCommandResult } from '../application-command.js';
import { RecordRecommendationOutcomeCommand } from './record-recommendation-outcome.command.js';

@CommandHandler(RecordRecommendationOutcomeCommand)
export class RecordRecommendationOutcomeHandler implements ICommandHandler<RecordRecommendationOutcomeCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: RecordRecommendationOutcomeCommand): Promise<ApplicationCommandResult> {
    const { input } = command;
    return handleApplicationCommand(this.executor, command, {
      type: 'RecordRecommendationOutcome',
      recommendationId: input.recommendationId,
      recordedOn: input.recordedOn,
      completed: input.completed,
    });
  }
}
