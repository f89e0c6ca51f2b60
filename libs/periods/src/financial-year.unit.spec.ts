import {
  financialQuarterLabel,
  financialYearLabel,
  financialYearStart,
  parseFinancialQuarterLabel,
  quarterOf,
  quartersOfFinancialYear,
  rangeOfFinancialYear,
  rangeOfQuarter,
} from './financial-year.js';

describe('UK financial-year quarters', () => {
  it.each([
    ['2025-04-01', '2025-26', 2025, 1, '2025-04-01', '2025-06-30'],
    ['2025-06-30', '2025-26', 2025, 1, '2025-04-01', '2025-06-30'],
    ['2025-07-01', '2025-26', 2025, 2, '2025-07-01', '2025-09-30'],
    ['2025-09-30', '2025-26', 2025, 2, '2025-07-01', '2025-09-30'],
    ['2025-10-01', '2025-26', 2025, 3, '2025-10-01', '2025-12-31'],
    ['2025-12-31', '2025-26', 2025, 3, '2025-10-01', '2025-12-31'],
    ['2026-01-01', '2025-26', 2025, 4, '2026-01-01', '2026-03-31'],
    ['2026-03-31', '2025-26', 2025, 4, '2026-01-01', '2026-03-31'],
    ['2025-03-31', '2024-25', 2024, 4, '2025-01-01', '2025-03-31'],
    ['2024-02-29', '2023-24', 2023, 4, '2024-01-01', '2024-03-31'],
  ])('%s is in %s (start %i) Q%i, %s to %s', (date, financialYear, startYear, quarter, from, to) => {
    expect(quarterOf(date)).toEqual({ financialYear, startYear, quarter, from, to });
  });

  it('gives the same range for a quarter by start year or by label', () => {
    expect(rangeOfQuarter(2025, 3)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(rangeOfQuarter('2025-26', 3)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(rangeOfQuarter('2025-26', 4)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('runs a financial year from 1 April to 31 March', () => {
    expect(rangeOfFinancialYear('2024-25')).toEqual({ from: '2024-04-01', to: '2025-03-31' });
  });

  it('lists the four quarters in order', () => {
    expect(quartersOfFinancialYear(2025).map((q) => [q.quarter, q.from, q.to])).toEqual([
      [1, '2025-04-01', '2025-06-30'],
      [2, '2025-07-01', '2025-09-30'],
      [3, '2025-10-01', '2025-12-31'],
      [4, '2026-01-01', '2026-03-31'],
    ]);
  });

  it('labels a financial year by both years, across a century', () => {
    expect(financialYearLabel(2025)).toBe('2025-26');
    expect(financialYearLabel(2099)).toBe('2099-00');
    expect(financialYearStart('2099-00')).toBe(2099);
  });

  it('refuses a label whose years do not follow on, and a quarter 5', () => {
    expect(() => financialYearStart('2025-27')).toThrow(RangeError);
    expect(() => financialYearStart('2025/26')).toThrow(RangeError);
    expect(() => rangeOfQuarter(2025, 5 as never)).toThrow(RangeError);
  });

  it('labels a quarter by its financial year, and reads the label back', () => {
    expect(financialQuarterLabel(2016, 1)).toBe('2016-17-Q1');
    expect(financialQuarterLabel('2024-25', 4)).toBe('2024-25-Q4');
    expect(parseFinancialQuarterLabel('2016-17-Q1')).toEqual({ financialYear: '2016-17', startYear: 2016, quarter: 1 });
  });

  it.each(['2016-18-Q1', '2016-17-Q5', '2016-17-Q0', '2016-17', '2016-17Q1', '2016-17-q1'])('refuses the quarter label %s', (label) => {
    expect(() => parseFinancialQuarterLabel(label)).toThrow(RangeError);
  });
});
