import { InvalidCommandError } from '@app/domain';
import { given } from '@app/testing';
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
});
