import { addDays, ageOn, dateOf, dayOfWeek, isIsoDate, parseIsoDate } from './iso-date.js';

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

  it('names the day of the week (0 Sunday to 6 Saturday)', () => {
    expect(dayOfWeek('2025-12-25')).toBe(4);
    expect(dayOfWeek('2025-12-27')).toBe(6);
    expect(dayOfWeek('2025-12-28')).toBe(0);
  });

  it('takes the date part of a timestamp', () => {
    expect(dateOf('2025-04-01T09:30:00Z')).toBe('2025-04-01');
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
