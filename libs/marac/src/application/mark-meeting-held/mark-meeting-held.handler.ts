import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleMeetingCommand, type MeetingCommandResult } from '../meeting-commands.js';
import { MarkMeetingHeldCommand } from './mark-meeting-held.command.js';

@CommandHandler(MarkMeetingHeldCommand)
export class MarkMeetingHeldHandler implements ICommandHandler<MarkMeetingHeldCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: MarkMeetingHeldCommand): Promise<MeetingCommandResult> {
    return handleMeetingCommand(this.executor, command, { type: 'MarkMeetingHeld', ...command.input });
  }
}
