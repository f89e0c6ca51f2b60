import { CallerQuery } from '@app/access';
import type { IsoDate } from '@app/periods';
import type { CaseReviewSettingsView } from '../case-review-settings-in-force.js';

/** A partnership's Case Review procedure in force on a day. */
export class GetCaseReviewSettingsQuery extends CallerQuery<{ partnershipId: string; on: IsoDate }, CaseReviewSettingsView> {}
