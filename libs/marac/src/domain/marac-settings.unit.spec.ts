import {
  maracSettingsInForceForPeriod,
  maracSettingsInForceOn,
  repeatBandOf,
  DEFAULT_MARAC_SETTINGS,
  type MaracSettingsHistory,
} from './marac-settings.js';
import { rangeOfFinancialYear, rangeOfQuarter } from '@app/periods';
import { summariseRepeatRate } from './repeat-rate.js';

describe('MARAC settings in force', () => {
  const history: MaracSettingsHistory = {
    partnership: [
      {
        effectiveFrom: '2024-04-01',
        changes: { repeatBandLow: 0.28, repeatBandHigh: 0.42, adultFemalePopulation: 50_000, policeCallOutThreshold: 4 },
      },
      // Changed "today" (in 2026): 2024-25 keeps the band it was judged against.
      { effectiveFrom: '2026-06-01', changes: { repeatBandHigh: 0.35 } },
    ],
    marac: [{ effectiveFrom: '2025-01-01', changes: { adultFemalePopulation: 20_000 } }],
  };

  it('gives the defaults before anything was set', () => {
    expect(maracSettingsInForceOn({ partnership: [], marac: [] }, '2025-01-01')).toEqual(DEFAULT_MARAC_SETTINGS);
  });

  it("puts the MARAC's overrides in force then over the partnership's settings in force then", () => {
    expect(maracSettingsInForceOn(history, '2024-12-31')).toMatchObject({ adultFemalePopulation: 50_000, policeCallOutThreshold: 4 });
    expect(maracSettingsInForceOn(history, '2025-01-01')).toMatchObject({ adultFemalePopulation: 20_000, policeCallOutThreshold: 4 });
  });

  it("does not rewrite last year's repeat-rate status when the band changes today", () => {
    const lastYear = maracSettingsInForceForPeriod(history, rangeOfFinancialYear('2024-25'));
    expect(summariseRepeatRate({ cases: 100, repeatCases: 38 }, repeatBandOf(lastYear)).status).toBe('within');
    const thisYear = maracSettingsInForceForPeriod(history, rangeOfFinancialYear('2026-27'));
    expect(summariseRepeatRate({ cases: 100, repeatCases: 38 }, repeatBandOf(thisYear)).status).toBe('above');
  });

  it('judges a quarter by the settings in force on its last day', () => {
    // 2026-27 Q1 ends on 30 June 2026, after the change of 1 June.
    expect(maracSettingsInForceForPeriod(history, rangeOfQuarter('2026-27', 1)).repeatBandHigh).toBe(0.35);
    expect(maracSettingsInForceForPeriod(history, rangeOfQuarter('2025-26', 4)).repeatBandHigh).toBe(0.42);
  });
});
