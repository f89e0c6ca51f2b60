import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { assertMeetingAcceptsCases } from '../../domain/index.js';
import { handleCaseCommand, type CaseCommandResult } from '../case-command.js';
import { loadMeeting } from '../meeting-commands.js';
import { RecordCaseHeardCommand } from './record-case-heard.command.js';

@CommandHandler(RecordCaseHeardCommand)
export class RecordCaseHeardHandler implements ICommandHandler<RecordCaseHeardCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(command: RecordCaseHeardCommand): Promise<CaseCommandResult> {
    const { state: meeting } = await loadMeeting(this.executor, command.caller, command.input.meetingId);
    return handleCaseCommand(this.executor, command, (state) => {
      const accepted = assertMeetingAcceptsCases(meeting, state.maracId);
      return { type: 'RecordCaseHeard', ...command.input, meetingAgenciesPresent: accepted.agenciesPresent };
    });
  }
}
