import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import type { ReportFurtherIncident } from '../../domain/index.js';
import { CaseCommandResult } from '../case-command.js';

export type ReportFurtherIncidentInput = Omit<ReportFurtherIncident, 'type' | 'today' | 'incidentId'> & { incidentId?: string };

/** The case after the incident was reported, and the incident's id (the one given, or the one derived from the command id). */
export class ReportFurtherIncidentResult extends CaseCommandResult {
  @ApiProperty({ example: 'incident-1' })
  incidentId: string;
}

/** A further incident within 12 months of the referral makes the case a repeat awaiting relisting; the incident id defaults to one derived from the command id. */
export class ReportFurtherIncidentCommand extends CallerCommand<ReportFurtherIncidentInput, ReportFurtherIncidentResult> {}
