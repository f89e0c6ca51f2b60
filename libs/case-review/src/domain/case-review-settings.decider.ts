import {
  partnershipSettingsDecider,
  type ChangePartnershipSettings,
  type PartnershipSettingsChanged,
  type PartnershipSettingsState,
} from '@app/kit';
import {
  CASE_REVIEW_SETTING_NAMES,
  DEFAULT_CASE_REVIEW_SETTINGS,
  validateCaseReviewSettings,
  validateCaseReviewSettingsChange,
  type CaseReviewSettings,
} from './case-review-settings.js';

/** One stream per partnership: `case_review_settings-<partnershipId>`, every change of its Case Review procedure. */
export const CASE_REVIEW_SETTINGS_STREAM_CATEGORY = 'case_review_settings';

export type CaseReviewSettingsChanged = PartnershipSettingsChanged<'CaseReviewSettingsChanged', CaseReviewSettings>;
export type ChangeCaseReviewSettings = ChangePartnershipSettings<CaseReviewSettings>;
export type CaseReviewSettingsState = PartnershipSettingsState<CaseReviewSettings>;

/** A partnership's Case Review settings history (400 for an empty change, an unknown setting or a value out of range). */
export const caseReviewSettingsDecider = partnershipSettingsDecider({
  eventType: 'CaseReviewSettingsChanged',
  defaults: DEFAULT_CASE_REVIEW_SETTINGS,
  settingNames: CASE_REVIEW_SETTING_NAMES,
  validateChange: validateCaseReviewSettingsChange,
  validateSettings: validateCaseReviewSettings,
});
