import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleApplicationCommand, type ApplicationCommandResult } from '../application-command.js';
import { AcknowledgeApplicationCommand } from './acknowledge-application.command.js';

@CommandHandler(AcknowledgeApplicationCommand)
export class AcknowledgeApplicationHandler implements ICommandHandler<AcknowledgeApplicationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: AcknowledgeApplicationCommand): Promise<ApplicationCommandResult> {
    const { input } = command;
    return handleApplicationCommand(this.executor, command, { type: 'AcknowledgeApplication', acknowledgedOn: input.acknowledgedOn });
  }
}
