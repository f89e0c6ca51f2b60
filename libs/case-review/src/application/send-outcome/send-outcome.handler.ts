import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleApplicationCommand, type ApplicationCommandResult } from '../application-command.js';
import { SendOutcomeCommand } from './send-outcome.command.js';

@CommandHandler(SendOutcomeCommand)
export class SendOutcomeHandler implements ICommandHandler<SendOutcomeCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: SendOutcomeCommand): Promise<ApplicationCommandResult> {
    const { input } = command;
    return handleApplicationCommand(this.executor, command, { type: 'SendOutcome', sentOn: input.sentOn, channel: input.channel });
  }
}
