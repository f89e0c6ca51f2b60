import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleApplicationCommand, type ApplicationCommandResult } from '../application-command.js';
import { DecideThresholdCommand } from './decide-threshold.command.js';

@CommandHandler(DecideThresholdCommand)
export class DecideThresholdHandler implements ICommandHandler<DecideThresholdCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: DecideThresholdCommand): Promise<ApplicationCommandResult> {
    const { input } = command;
    return handleApplicationCommand(this.executor, command, {
      type: 'DecideThreshold',
      decidedOn: input.decidedOn,
      discretionaryReview: input.discretionaryReview,
    });
  }
}
