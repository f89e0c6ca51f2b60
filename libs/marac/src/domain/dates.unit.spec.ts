import {
  addDays,
  addMonths,
  ageOn,
  dateOf,
  isIsoDate,
  isWithinMonthsAfter,
  isWithinMonthsBefore,
  parseIsoDate,
} from './dates.js';

describe('ISO dates', () => {
  it.each([
    ['2025-04-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-2-1', false],
    ['01/04/2025', false],
    ['2025-04-01T00:00:00Z', false],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('refuses to parse something that is not a calendar date', () => {
    expect(() => parseIsoDate('2025-02-30')).toThrow(RangeError);
  });

  it('takes the date part of a timestamp', () => {
    expect(dateOf('2025-04-01T09:30:00Z')).toBe('2025-04-01');
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-03-10', 12, '2026-03-10'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2025-05-31', 1, '2025-06-30'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', -12, '2024-01-15'],
    ['2025-01-15', -13, '2023-12-15'],
    ['2025-03-10', 0, '2025-03-10'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('refuses part months', () => {
    expect(() => addMonths('2025-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('within 12 months after a referral (both ends inclusive)', () => {
  it.each([
    ['2025-03-10', '2025-03-09', false],
    ['2025-03-10', '2025-03-10', true],
    ['2025-03-10', '2026-02-10', true],
    ['2025-03-10', '2026-03-10', true],
    ['2025-03-10', '2026-03-11', false],
    ['2024-02-29', '2025-02-28', true],
    ['2024-02-29', '2025-03-01', false],
    ['2025-08-31', '2026-08-31', true],
    ['2025-08-31', '2026-09-01', false],
  ])('from %s, %s is within: %s', (start, date, expected) => {
    expect(isWithinMonthsAfter(start, date, 12)).toBe(expected);
  });
});

describe('within 12 months up to a date (both ends inclusive)', () => {
  it.each([
    ['2025-03-10', '2024-03-09', false],
    ['2025-03-10', '2024-03-10', true],
    ['2025-03-10', '2025-03-10', true],
    ['2025-03-10', '2025-03-11', false],
    ['2025-02-28', '2024-02-28', true],
    ['2025-02-28', '2024-02-27', false],
    ['2024-02-29', '2023-02-28', true],
    ['2024-02-29', '2023-02-27', false],
  ])('up to %s, %s is within: %s', (end, date, expected) => {
    expect(isWithinMonthsBefore(end, date, 12)).toBe(expected);
  });
});

describe('ageOn', () => {
  it.each([
    ['2009-04-01', '2025-03-31', 15],
    ['2009-04-01', '2025-04-01', 16],
    ['2008-02-29', '2025-02-28', 16],
    ['2008-02-29', '2025-03-01', 17],
    ['1980-12-31', '2025-01-01', 44],
  ])('born %s, on %s aged %i', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});
