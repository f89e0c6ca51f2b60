import { CallerCommand } from '@app/access';
import type { OffenderCommandBody, OffenderCommandInput } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';

export type RecordOffenceOutcomeInput = OffenderCommandInput & {
  body: Omit<Extract<OffenderCommandBody, { type: 'RecordOffenceOutcome' }>, 'type'>;
};

/** Record the outcome of an offence and its date (a charge can be followed by a conviction). */
export class RecordOffenceOutcomeCommand extends CallerCommand<RecordOffenceOutcomeInput, OffenderRecordView> {}
