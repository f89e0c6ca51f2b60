import { CallerCommand } from '@app/access';
import type { ReportFurtherIncident } from '../../domain/index.js';
import type { CaseCommandResult } from '../case-command.js';

export type ReportFurtherIncidentInput = Omit<ReportFurtherIncident, 'type' | 'today' | 'incidentId'> & { incidentId?: string };

/** A further incident within 12 months of the referral makes the case a repeat awaiting relisting; the incident id defaults to one derived from the command id. */
export class ReportFurtherIncidentCommand extends CallerCommand<ReportFurtherIncidentInput, CaseCommandResult & { incidentId: string }> {}
