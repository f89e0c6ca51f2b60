import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deriveId } from '@app/event-store';
import { handleCaseCommand } from '../case-command.js';
import { ReportFurtherIncidentCommand, type ReportFurtherIncidentResult } from './report-further-incident.command.js';

@CommandHandler(ReportFurtherIncidentCommand)
export class ReportFurtherIncidentHandler implements ICommandHandler<ReportFurtherIncidentCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(command: ReportFurtherIncidentCommand): Promise<ReportFurtherIncidentResult> {
    const incidentId = command.input.incidentId ?? deriveId(command.context.commandId, 'incident');
    const result = await handleCaseCommand(this.executor, command, () => ({ type: 'ReportFurtherIncident', ...command.input, incidentId }));
    return { ...result, incidentId };
  }
}
