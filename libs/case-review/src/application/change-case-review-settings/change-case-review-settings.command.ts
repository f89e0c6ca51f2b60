import { CallerCommand } from '@app/access';
import type { ChangePartnershipSettingsInput } from '@app/kit';
import type { CaseReviewSettings } from '../../domain/index.js';
import type { CaseReviewSettingsView } from '../case-review-settings-in-force.js';

/** Change some of a partnership's Case Review procedure from a day on; answers with the settings in force that day. */
export class ChangeCaseReviewSettingsCommand extends CallerCommand<
  ChangePartnershipSettingsInput<CaseReviewSettings>,
  CaseReviewSettingsView
> {}
