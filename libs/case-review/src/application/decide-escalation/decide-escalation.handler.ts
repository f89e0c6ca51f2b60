import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleApplicationCommand, type ApplicationCommandResult } from '../application-command.js';
import { DecideEscalationCommand } from './decide-escalation.command.js';

@CommandHandler(DecideEscalationCommand)
export class DecideEscalationHandler implements ICommandHandler<DecideEscalationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: DecideEscalationCommand): Promise<ApplicationCommandResult> {
    const { input } = command;
    return handleApplicationCommand(this.executor, command, {
      type: 'DecideEscalation',
      decidedOn: input.decidedOn,
      outcome: input.outcome,
    });
  }
}
