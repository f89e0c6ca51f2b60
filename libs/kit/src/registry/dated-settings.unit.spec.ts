import {
  daysAffectedBy,
  dayInForceForPeriod,
  settingsInForceForPeriod,
  settingsInForceOn,
  type DatedSettingsChange,
} from './dated-settings.js';

interface Limits {
  band: number;
  population: number | null;
}

const base: Limits = { band: 10, population: null };
const change = (effectiveFrom: string, changes: Partial<Limits>): DatedSettingsChange<Limits> => ({ effectiveFrom, changes });

describe('effective-dated settings', () => {
  const history = [change('2024-04-01', { band: 20 }), change('2025-04-01', { population: 5000 }), change('2026-04-01', { band: 30 })];

  it('applies the base before any change takes effect', () => {
    expect(settingsInForceOn(base, history, '2024-03-31')).toEqual(base);
  });

  it('applies a change from the day it takes effect, merged over the earlier ones', () => {
    expect(settingsInForceOn(base, history, '2024-04-01')).toEqual({ band: 20, population: null });
    expect(settingsInForceOn(base, history, '2025-12-31')).toEqual({ band: 20, population: 5000 });
    expect(settingsInForceOn(base, history, '2026-04-01')).toEqual({ band: 30, population: 5000 });
  });

  it('orders changes by the day they take effect, not the order they were recorded', () => {
    // A back-dated change recorded last still gives way to the later-dated one from that date on.
    const backDated = [change('2026-04-01', { band: 30 }), change('2024-04-01', { band: 20 })];
    expect(settingsInForceOn(base, backDated, '2025-01-01').band).toBe(20);
    expect(settingsInForceOn(base, backDated, '2026-06-01').band).toBe(30);
  });

  it('lets the later recorded of two changes effective the same day win', () => {
    expect(settingsInForceOn(base, [change('2025-01-01', { band: 1 }), change('2025-01-01', { band: 2 })], '2025-01-01').band).toBe(2);
  });

  it('treats null as a value and an undefined key as not named', () => {
    const cleared = [change('2024-01-01', { population: 7 }), change('2025-01-01', { population: null, band: undefined })];
    expect(settingsInForceOn(base, cleared, '2025-06-01')).toEqual({ band: 10, population: null });
  });

  it('uses the settings in force on the last day of a period for the whole period', () => {
    const quarter = { from: '2026-01-01', to: '2026-03-31' };
    expect(dayInForceForPeriod(quarter)).toBe('2026-03-31');
    expect(settingsInForceForPeriod(base, [change('2026-02-15', { band: 40 })], quarter).band).toBe(40);
    expect(settingsInForceForPeriod(base, [change('2026-04-01', { band: 40 })], quarter).band).toBe(10);
  });

  it('names the days a new change can affect: its own and every later change day', () => {
    expect(daysAffectedBy(history, change('2025-01-01', { band: 1 }))).toEqual(['2025-01-01', '2025-04-01', '2026-04-01']);
    expect(daysAffectedBy(history, change('2027-01-01', { band: 1 }))).toEqual(['2027-01-01']);
  });
});
