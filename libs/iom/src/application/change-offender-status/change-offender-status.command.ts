import { CallerCommand } from '@app/access';
import type { OffenderCommandBody, OffenderCommandInput } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';

export type ChangeOffenderStatusInput = OffenderCommandInput & {
  body: Omit<Extract<OffenderCommandBody, { type: 'ChangeOffenderStatus' }>, 'type'>;
};

/** Record a member's status from a date on (in the community, in custody, unlawfully at large, in hospital). */
export class ChangeOffenderStatusCommand extends CallerCommand<ChangeOffenderStatusInput, OffenderRecordView> {}
