import { CallerCommand } from '@app/access';
import type { OffenderCommandBody, OffenderCommandInput } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';

export type ChangeOffenderStrandInput = OffenderCommandInput & {
  body: Omit<Extract<OffenderCommandBody, { type: 'ChangeOffenderStrand' }>, 'type'>;
};

/** Move a member to another strand of the cohort from a date on. */
export class ChangeOffenderStrandCommand extends CallerCommand<ChangeOffenderStrandInput, OffenderRecordView> {}
