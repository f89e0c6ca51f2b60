import { CallerQuery } from '@app/access';
import type { OffenderRecordView } from '../offender-views.js';

/** A person's record on a cohort, from its stream: periods, statuses, offences (IOM leads; every read audited). */
export class GetOffenderQuery extends CallerQuery<{ cohortId: string; personId: string }, OffenderRecordView> {}
