import {
  addWorkingDays,
  bankHolidaysInEnglandAndWales,
  isBankHoliday,
  isWeekend,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.js';

describe('bank holidays in England and Wales (from date-holidays)', () => {
  it('lists the eight usual ones of 2025, in order', () => {
    expect(bankHolidaysInEnglandAndWales(2025).map((holiday) => holiday.date)).toEqual([
      '2025-01-01', // New Year's Day
      '2025-04-18', // Good Friday
      '2025-04-21', // Easter Monday
      '2025-05-05', // early May
      '2025-05-26', // spring
      '2025-08-25', // August (summer)
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it.each([
    ['2026-12-28', 'Boxing Day (Saturday 26th) moves to Monday 28th'],
    ['2027-12-27', 'Christmas Day (Saturday) moves to Monday 27th'],
    ['2027-12-28', 'Boxing Day (Sunday) moves to Tuesday 28th'],
    ['2022-01-03', "New Year's Day (Saturday) moves to Monday 3rd"],
    ['2024-03-29', 'Good Friday 2024'],
    ['2024-04-01', 'Easter Monday 2024'],
    ['2020-05-08', 'the early May holiday moved to Friday for VE Day 75'],
    ['2022-06-03', 'a one-off: the Platinum Jubilee'],
  ])('%s is a bank holiday: %s', (date) => {
    expect(isBankHoliday(date)).toBe(true);
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2020-05-04', 'the first Monday of May 2020 (the holiday moved to the 8th)'],
    ['2026-12-29', 'the Tuesday after the Boxing Day substitute'],
    ['2025-12-24', 'Christmas Eve'],
    ['2025-03-17', "St Patrick's Day (a bank holiday in Northern Ireland only)"],
    ['2025-08-04', 'the first Monday of August (a bank holiday in Scotland only)'],
    ['2025-01-02', '2 January (a bank holiday in Scotland only)'],
  ])('%s is a working day: %s', (date) => {
    expect(isWorkingDay(date)).toBe(true);
  });

  it('counts Saturdays and Sundays as weekends, nothing else', () => {
    expect(['2025-06-07', '2025-06-08'].map(isWeekend)).toEqual([true, true]);
    expect(['2025-06-06', '2025-06-09'].map(isWeekend)).toEqual([false, false]);
    expect(isWorkingDay('2025-06-07')).toBe(false);
  });

  it('refuses something that is not a calendar date', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => isBankHoliday('25/12/2025')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-06-06', 1, '2025-06-09', 'Friday + 1 is Monday'],
    ['2025-06-07', 1, '2025-06-09', 'Saturday + 1 is Monday'],
    ['2025-06-02', 10, '2025-06-16', 'two ordinary weeks'],
    ['2025-06-06', 0, '2025-06-06', 'zero days'],
    ['2025-12-24', 1, '2025-12-29', 'over Christmas, Boxing Day and a weekend'],
    ['2026-12-24', 1, '2026-12-29', 'over Christmas 2026 and its substitute Boxing Day'],
    ['2027-12-24', 1, '2027-12-29', 'over both substitute days of 2027'],
    ['2025-04-17', 1, '2025-04-22', 'over Good Friday, the weekend and Easter Monday'],
    ['2025-04-14', 10, '2025-04-30', 'ten working days across Easter'],
    ['2025-05-02', 1, '2025-05-06', 'over the early May bank holiday'],
    ['2025-05-23', 1, '2025-05-27', 'over the spring bank holiday'],
    ['2025-08-22', 1, '2025-08-26', 'over the August bank holiday'],
    ['2025-06-09', -1, '2025-06-06', 'Monday - 1 is Friday'],
    ['2025-12-29', -1, '2025-12-24', 'back over Christmas'],
  ])('%s + %i working days = %s (%s)', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it('refuses part days', () => {
    expect(() => addWorkingDays('2025-06-06', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2025-06-06', '2025-06-09', 1, 'Friday to Monday'],
    ['2025-06-06', '2025-06-06', 0, 'a day to itself'],
    ['2025-06-06', '2025-06-08', 0, 'Friday to Sunday'],
    ['2025-12-19', '2026-01-02', 7, 'the fortnight over Christmas and New Year'],
    ['2025-04-14', '2025-04-30', 10, 'across Easter'],
    ['2025-06-09', '2025-06-06', -1, 'backwards'],
    ['2025-06-08', '2025-06-06', 0, 'backwards over a weekend'],
  ])('%s to %s is %i (%s)', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it('undoes addWorkingDays', () => {
    for (const n of [0, 1, 5, 10, 20, 60]) {
      expect(workingDaysBetween('2025-12-19', addWorkingDays('2025-12-19', n))).toBe(n);
    }
  });
});
