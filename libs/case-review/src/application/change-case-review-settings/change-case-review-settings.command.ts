import { CallerCommand } from '@app/access';
import type { IsoDate } from '@app/periods';
import type { CaseReviewSettings } from '../../domain/index.js';
import type { CaseReviewSettingsView } from '../case-review-settings-in-force.js';

export interface ChangeCaseReviewSettingsInput {
  partnershipId: string;
  /** The first day the change applies to; today (London) when not given. */
  effectiveFrom?: IsoDate;
  changes: Partial<CaseReviewSettings>;
}

/** Change some of a partnership's Case Review procedure from a day on; answers with the settings in force that day. */
export class ChangeCaseReviewSettingsCommand extends CallerCommand<ChangeCaseReviewSettingsInput, CaseReviewSettingsView> {}
