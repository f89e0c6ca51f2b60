import { InvalidCommandError } from '@app/domain';
import { settingsInForceOn, type ChangePartnershipSettings } from '@app/kit';
import { given } from '@app/testing';
import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from './alert-settings.js';
import { alertSettingsDecider, alertSettingsUpcasters } from './alert-settings.decider.js';

const change = (changes: Record<string, unknown>): ChangePartnershipSettings<AlertSettings> => ({
  type: 'ChangePartnershipSettings',
  partnershipId: 'demo-csp',
  effectiveFrom: '2026-04-01',
  changes: changes,
});

describe('alert settings decider: the retired Case Review timings', () => {
  it('refuses a change naming caseReviewDueSoonWorkingDays, saying where the setting went', () => {
    given(alertSettingsDecider)
      .when(change({ caseReviewDueSoonWorkingDays: 3 }))
      .thenThrows(InvalidCommandError, /caseReviewDueSoonWorkingDays is no longer an alert setting.*case-review-settings/);
  });

  it('refuses caseReviewOverdueAfterDays even beside a current setting, so nothing of the change is half applied', () => {
    given(alertSettingsDecider)
      .when(change({ maracActionOverdueAfterDays: 2, caseReviewOverdueAfterDays: 1 }))
      .thenThrows(InvalidCommandError, /caseReviewOverdueAfterDays is no longer an alert setting/);
  });

  it('still changes the current settings', () => {
    given(alertSettingsDecider)
      .when(change({ maracActionOverdueAfterDays: 2 }))
      .then([
        {
          type: 'AlertSettingsChanged',
          data: { partnershipId: 'demo-csp', effectiveFrom: '2026-04-01', changes: { maracActionOverdueAfterDays: 2 } },
        },
      ]);
  });

  it('reads a stored version 1 change that named them without them (the others stay in force)', () => {
    const stored = {
      partnershipId: 'demo-csp',
      effectiveFrom: '2026-01-01',
      changes: { caseReviewDueSoonWorkingDays: 3, caseReviewOverdueAfterDays: 2, crossServiceLookbackMonths: 6 },
    };
    const upcast = alertSettingsUpcasters.AlertSettingsChanged[1](stored);
    expect(upcast).toEqual({ partnershipId: 'demo-csp', effectiveFrom: '2026-01-01', changes: { crossServiceLookbackMonths: 6 } });
    const state = alertSettingsDecider.evolve(alertSettingsDecider.initialState(), { type: 'AlertSettingsChanged', data: upcast });
    expect(settingsInForceOn(DEFAULT_ALERT_SETTINGS, state.changes, '2026-02-01')).toEqual({
      ...DEFAULT_ALERT_SETTINGS,
      crossServiceLookbackMonths: 6,
    });
  });
});
