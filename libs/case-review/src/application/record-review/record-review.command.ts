import { CallerCommand } from '@app/access';
import type { RecordReview } from '../../domain/index.js';
import type { ApplicationCommandResult } from '../application-command.js';

/** Record the review meeting and its recommendations. */
export class RecordReviewCommand extends CallerCommand<
  { applicationId: string } & Omit<RecordReview, 'type' | 'today'>,
  ApplicationCommandResult
> {}
