import { CallerCommand } from '@app/access';
import type { OffenderCommandBody, OffenderCommandInput } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';

export type AdoptOffenderInput = OffenderCommandInput & {
  body: Omit<Extract<OffenderCommandBody, { type: 'AdoptOffender' }>, 'type' | 'offenderId' | 'personId'>;
};

/** Adopt a person onto a cohort (or re-adopt them after an exit: a new period of the same record). */
export class AdoptOffenderCommand extends CallerCommand<AdoptOffenderInput, OffenderRecordView> {}
