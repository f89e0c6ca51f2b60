import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleApplicationCommand, type ApplicationCommandResult } from '../application-command.js';
import { RequestEscalationCommand } from './request-escalation.command.js';

@CommandHandler(RequestEscalationCommand)
export class RequestEscalationHandler implements ICommandHandler<RequestEscalationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: RequestEscalationCommand): Promise<ApplicationCommandResult> {
    const { input } = command;
    return handleApplicationCommand(this.executor, command, {
      type: 'RequestEscalation',
      requestedOn: input.requestedOn,
      grounds: input.grounds,
    });
  }
}
