import { CallerCommand } from '@app/access';
import type { EscalationGround } from '../../domain/index.js';
import type { ApplicationCommandResult } from '../application-command.js';

/** The applicant asks for the decision or the review to be reviewed. */
export class RequestEscalationCommand extends CallerCommand<
  { applicationId: string } & { requestedOn: string; grounds: EscalationGround[] },
  ApplicationCommandResult
> {}
