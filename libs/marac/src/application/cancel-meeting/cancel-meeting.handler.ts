import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { handleMeetingCommand, type MeetingCommandResult } from '../meeting-commands.js';
import { CancelMeetingCommand } from './cancel-meeting.command.js';

@CommandHandler(CancelMeetingCommand)
export class CancelMeetingHandler implements ICommandHandler<CancelMeetingCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: CancelMeetingCommand): Promise<MeetingCommandResult> {
    return handleMeetingCommand(this.executor, command, { type: 'CancelMeeting', ...command.input });
  }
}
