import { addMonths, isWithinMonthsAfter, isWithinMonthsBefore } from './calendar-window.js';

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
