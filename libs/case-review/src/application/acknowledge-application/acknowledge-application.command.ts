import { CallerCommand } from '@app/access';
import type { ApplicationCommandResult } from '../application-command.js';

/** Acknowledge the application (the single point of contact to the applicant). */
export class AcknowledgeApplicationCommand extends CallerCommand<
  { applicationId: string } & { acknowledgedOn: string },
  ApplicationCommandResult
> {}
