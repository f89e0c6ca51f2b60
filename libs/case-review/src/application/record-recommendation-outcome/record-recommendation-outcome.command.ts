import { CallerCommand } from '@app/access';
import type { ApplicationCommandResult } from '../application-command.js';

/** Record whether a review's recommendation was completed. */
export class RecordRecommendationOutcomeCommand extends CallerCommand<
  { applicationId: string } & { recommendationId: string; recordedOn: string; completed: boolean },
  ApplicationCommandResult
> {}
