import { InvalidCommandError } from '@app/domain';
import { given } from '@app/testing';
import { caseReviewApplicationUpcasters } from './case-review-application.events.js';
import { DEFAULT_CASE_REVIEW_SETTINGS } from './case-review-settings.js';
import { caseReviewSettingsDecider, type ChangeCaseReviewSettings } from './case-review-settings.decider.js';

const change = (changes: ChangeCaseReviewSettings['changes']): ChangeCaseReviewSettings => ({
  type: 'ChangePartnershipSettings',
  partnershipId: 'demo-csp',
  effectiveFrom: '2025-04-01',
  changes,
});

describe('Case Review settings decider', () => {
  it('sets a lower threshold for hate incidents', () => {
    given(caseReviewSettingsDecider)
      .when(change({ thresholdsByBehaviour: { 'hate-incident': 1 } }))
      .then([
        {
          type: 'CaseReviewSettingsChanged',
          data: { partnershipId: 'demo-csp', effectiveFrom: '2025-04-01', changes: { thresholdsByBehaviour: { 'hate-incident': 1 } } },
        },
      ]);
  });

  it('refuses a threshold above the statutory 3, or below 1', () => {
    given(caseReviewSettingsDecider)
      .when(change({ threshold: 4 }))
      .thenThrows(InvalidCommandError, /from 1 to 3/);
    given(caseReviewSettingsDecider)
      .when(change({ threshold: 0 }))
      .thenThrows(InvalidCommandError, /from 1 to 3/);
    given(caseReviewSettingsDecider)
      .when(change({ thresholdsByBehaviour: { 'hate-incident': 4 } }))
      .thenThrows(InvalidCommandError, /from 1 to 3/);
  });

  it('refuses a behaviour threshold above the partnership threshold, and an unknown behaviour', () => {
    given(caseReviewSettingsDecider)
      .when(change({ threshold: 2, thresholdsByBehaviour: { noise: 3 } }))
      .thenThrows(InvalidCommandError, /only be lower/);
    given(caseReviewSettingsDecider)
      .when(change({ thresholdsByBehaviour: { loitering: 1 } as never }))
      .thenThrows(InvalidCommandError, /does not exist/);
  });

  it('refuses working days out of range', () => {
    given(caseReviewSettingsDecider)
      .when(change({ acknowledgeWorkingDays: 0 }))
      .thenThrows(InvalidCommandError, /acknowledgeWorkingDays/);
  });

  it('sets the working days before a due date that a stage is "due soon" (1 to 20; default 2)', () => {
    expect(DEFAULT_CASE_REVIEW_SETTINGS.dueSoonWorkingDays).toBe(2);
    given(caseReviewSettingsDecider)
      .when(change({ dueSoonWorkingDays: 3 }))
      .then([
        {
          type: 'CaseReviewSettingsChanged',
          data: { partnershipId: 'demo-csp', effectiveFrom: '2025-04-01', changes: { dueSoonWorkingDays: 3 } },
        },
      ]);
    for (const value of [0, 21, 1.5]) {
      given(caseReviewSettingsDecider)
        .when(change({ dueSoonWorkingDays: value }))
        .thenThrows(InvalidCommandError, /dueSoonWorkingDays must be a whole number of working days from 1 to 20/);
    }
  });

  it('reads an application received before the setting existed as timed by the fixed 2 it was then', () => {
    const { dueSoonWorkingDays, ...before } = DEFAULT_CASE_REVIEW_SETTINGS;
    expect(dueSoonWorkingDays).toBe(2);
    const upcast = caseReviewApplicationUpcasters.CaseReviewApplicationReceived[1]({ applicationId: 'a1', procedure: before });
    expect(upcast).toEqual({ applicationId: 'a1', procedure: { ...before, dueSoonWorkingDays: 2 } });
  });
});
