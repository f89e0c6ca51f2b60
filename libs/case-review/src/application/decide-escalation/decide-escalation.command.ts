import { CallerCommand } from '@app/access';
import type { EscalationOutcome } from '../../domain/index.js';
import type { ApplicationCommandResult } from '../application-command.js';

/** The escalation's answer: upheld, or overturned so that the review goes ahead. */
export class DecideEscalationCommand extends CallerCommand<
  { applicationId: string } & { decidedOn: string; outcome: EscalationOutcome },
  ApplicationCommandResult
> {}
