import { CallerCommand } from '@app/access';
import type { OffenderCommandBody, OffenderCommandInput } from '../offender-command.js';
import type { OffenderRecordView } from '../offender-views.js';

export type ExitOffenderInput = OffenderCommandInput & { body: Omit<Extract<OffenderCommandBody, { type: 'ExitOffender' }>, 'type'> };

/** Record a member's exit from the cohort, with its date and reason. */
export class ExitOffenderCommand extends CallerCommand<ExitOffenderInput, OffenderRecordView> {}
