import { CallerCommand } from '@app/access';
import type { OutcomeChannel } from '../../domain/index.js';
import type { ApplicationCommandResult } from '../application-command.js';

/** Record the outcome sent to the applicant. */
export class SendOutcomeCommand extends CallerCommand<
  { applicationId: string } & { sentOn: string; channel: OutcomeChannel },
  ApplicationCommandResult
> {}
