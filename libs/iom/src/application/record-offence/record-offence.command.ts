import { CallerCommand } from '@app/access';
import type { OffenderCommandBody, OffenderCommandInput } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';

export type RecordOffenceInput = OffenderCommandInput & { body: Omit<Extract<OffenderCommandBody, { type: 'RecordOffence' }>, 'type'> };

/** Record an offence of a person on the cohort (before their adoption too: the baseline needs it). */
export class RecordOffenceCommand extends CallerCommand<RecordOffenceInput, OffenderRecordView> {}
