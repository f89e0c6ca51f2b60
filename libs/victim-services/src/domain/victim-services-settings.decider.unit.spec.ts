import { IllegalStateError, InvalidCommandError } from '@app/domain';
import { settingsInForceOn } from '@app/kit';
import { given } from '@app/testing';
import { DEFAULT_RISK_QUESTIONNAIRE, type RiskQuestionnaire } from './risk-questionnaire.js';
import { victimServicesSettingsDecider, type VictimServicesSettingsChanged } from './victim-services-settings.decider.js';
import { caseListsIn, DEFAULT_VICTIM_SERVICES_SETTINGS, furtherReportRulesIn } from './victim-services-settings.js';

const PARTNERSHIP = 'csp-1';
const change = (effectiveFrom: string, changes: object) =>
  ({ type: 'ChangePartnershipSettings', partnershipId: PARTNERSHIP, effectiveFrom, changes }) as const;
const changed = (effectiveFrom: string, changes: object): VictimServicesSettingsChanged => ({
  type: 'VictimServicesSettingsChanged',
  data: { partnershipId: PARTNERSHIP, effectiveFrom, changes },
});
const NORTH: RiskQuestionnaire = {
  version: 'north-2026-1',
  questions: [
    { id: 'lives-alone', text: 'Does the victim live alone?', vulnerability: 'situational', weight: 2 },
    { id: 'hate-motivated', text: 'Is the behaviour thought to be motivated by hate?', vulnerability: 'incidental', weight: 3 },
  ],
  thresholds: { medium: 2, high: 5 },
};

describe('victim-services settings', () => {
  it('ships the documented defaults: the lists, the default questionnaire (high at 22), 12 and 6 months, 14 and 28 days', () => {
    expect(caseListsIn(DEFAULT_VICTIM_SERVICES_SETTINGS).referringPartners).toContain('police');
    expect(DEFAULT_VICTIM_SERVICES_SETTINGS.riskQuestionnaire).toBe(DEFAULT_RISK_QUESTIONNAIRE);
    expect(furtherReportRulesIn(DEFAULT_VICTIM_SERVICES_SETTINGS)).toEqual({
      repeatWindowMonths: 12,
      caseReviewWindowMonths: 6,
      reassessmentDays: { high: 14, medium: 28, standard: null },
    });
  });
  it("records a change of the partnership's lists and questionnaire from a day on; the defaults stay before it", () => {
    const command = change('2026-04-01', { referringPartners: ['police', 'fire-service'], riskQuestionnaire: NORTH });
    given(victimServicesSettingsDecider)
      .when(command)
      .then([changed('2026-04-01', { referringPartners: ['police', 'fire-service'], riskQuestionnaire: NORTH })]);
    given(victimServicesSettingsDecider)
      .when(command)
      .thenState((state) => {
        expect(settingsInForceOn(DEFAULT_VICTIM_SERVICES_SETTINGS, state.changes, '2026-03-31').riskQuestionnaire.version).toBe(
          'default-2026-1',
        );
        expect(settingsInForceOn(DEFAULT_VICTIM_SERVICES_SETTINGS, state.changes, '2026-04-01').referringPartners).toEqual([
          'police',
          'fire-service',
        ]);
      });
  });
  it('refuses a different questionnaire under a version already used, the default included (409), and accepts the same one again', () => {
    given(victimServicesSettingsDecider, [changed('2026-04-01', { riskQuestionnaire: NORTH })])
      .when(change('2026-05-01', { riskQuestionnaire: { ...NORTH, thresholds: { medium: 2, high: 4 } } }))
      .thenThrows(IllegalStateError, /version north-2026-1 is already in use with other questions/);
    given(victimServicesSettingsDecider)
      .when(change('2026-05-01', { riskQuestionnaire: { ...NORTH, version: DEFAULT_RISK_QUESTIONNAIRE.version } }))
      .thenThrows(IllegalStateError, /already in use/);
    given(victimServicesSettingsDecider, [changed('2026-04-01', { riskQuestionnaire: NORTH })])
      .when(change('2026-05-01', { riskQuestionnaire: NORTH }))
      .then([changed('2026-05-01', { riskQuestionnaire: NORTH })]);
  });
  it.each([
    ['thresholds that do not rise', { riskQuestionnaire: { ...NORTH, thresholds: { medium: 3, high: 3 } } }, /0 < medium < high/],
    [
      'a high threshold above the greatest score',
      { riskQuestionnaire: { ...NORTH, thresholds: { medium: 2, high: 6 } } },
      /greatest score \(5\)/,
    ],
    ['a question id twice', { riskQuestionnaire: { ...NORTH, questions: [NORTH.questions[0], NORTH.questions[0]] } }, /question id twice/],
    ['a weight of 0', { riskQuestionnaire: { ...NORTH, questions: [{ ...NORTH.questions[0], weight: 0 }] } }, /weight/],
    ['no version', { riskQuestionnaire: { ...NORTH, version: '' } }, /needs a version/],
    ['an empty list', { needs: [] }, /list of 1 to 100 codes/],
    ['a code that is not a code', { behaviourTypes: ['Loud Music'] }, /lower-case letters, digits and dashes/],
    ['a code twice', { outcomeDomains: ['safety', 'safety'] }, /code twice/],
    ['a repeat window of 0 months', { repeatWindowMonths: 0 }, /repeat-victim window/],
    ['high-risk cases reassessed less often than medium', { reassessmentHighDays: 30 }, /at least as often/],
    ['an unknown setting', { colour: 'blue' }, /not settings that can be changed: colour/],
    ['nothing', {}, /Name at least one setting/],
  ])('refuses %s (400)', (_, changes, message) => {
    given(victimServicesSettingsDecider).when(change('2026-04-01', changes)).thenThrows(InvalidCommandError, message);
  });
});
