import { InvalidCommandError } from '@app/domain';
import { DEFAULT_ALERT_SETTINGS, validateAlertSettingsChange } from './alert-settings.js';
import { alertTimeFor } from './alert-timing.js';

const NOW = '2026-03-01T10:00:00.000Z';

describe('alert timing by the partnership thresholds', () => {
  it('raises what just happened at once', () => {
    expect(alertTimeFor({ rule: 'now' }, DEFAULT_ALERT_SETTINGS, NOW)).toEqual({ dueOn: null, raiseAt: NOW });
  });

  it('raises an overdue action on the morning after its due date, or later by the setting', () => {
    const timing = { rule: 'marac-action-overdue', dueOn: '2026-03-02' } as const;
    expect(alertTimeFor(timing, DEFAULT_ALERT_SETTINGS, NOW)?.raiseAt).toBe('2026-03-03T07:00:00.000Z');
    expect(alertTimeFor(timing, { ...DEFAULT_ALERT_SETTINGS, maracActionOverdueAfterDays: 7 }, NOW)?.raiseAt).toBe(
      '2026-03-09T07:00:00.000Z',
    );
  });

  it('works out a reassessment due date from the cadence of the level; standard risk has none', () => {
    expect(alertTimeFor({ rule: 'reassessment-cadence', assessedOn: '2026-03-01', level: 'high' }, DEFAULT_ALERT_SETTINGS, NOW)).toEqual({
      dueOn: '2026-03-15',
      raiseAt: '2026-03-16T07:00:00.000Z',
    });
    expect(
      alertTimeFor({ rule: 'reassessment-cadence', assessedOn: '2026-03-01', level: 'medium' }, DEFAULT_ALERT_SETTINGS, NOW)?.dueOn,
    ).toBe('2026-03-29');
    expect(
      alertTimeFor({ rule: 'reassessment-cadence', assessedOn: '2026-03-01', level: 'standard' }, DEFAULT_ALERT_SETTINGS, NOW),
    ).toBeNull();
  });

  it('refuses thresholds out of range and unknown kinds, naming the setting', () => {
    expect(() => validateAlertSettingsChange({ effectiveFrom: '2026-01-01', changes: { highRiskReassessmentDays: 0 } })).toThrow(
      /highRiskReassessmentDays must be a whole number from 1 to 365/,
    );
    expect(() =>
      validateAlertSettingsChange({ effectiveFrom: '2026-01-01', changes: { immediateEmailKinds: ['nonsense'] as never } }),
    ).toThrow(InvalidCommandError);
    expect(() => validateAlertSettingsChange({ effectiveFrom: '2026-01-01', changes: { crossServiceLookbackMonths: 6 } })).not.toThrow();
  });
});
