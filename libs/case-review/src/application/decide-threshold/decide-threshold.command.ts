import { CallerCommand } from '@app/access';
import type { ApplicationCommandResult } from '../application-command.js';

/** Decide the threshold: computed from the complaints; when not met, the bodies may decide to review anyway. */
export class DecideThresholdCommand extends CallerCommand<
  { applicationId: string } & { decidedOn: string; discretionaryReview: { review: boolean; reason: string } | null },
  ApplicationCommandResult
> {}
