import Holidays from 'date-holidays';
import { addDays, dayOfWeek, isAfter, parseIsoDate, type IsoDate } from './iso-date.js';

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays. The bank holidays come from
 * `date-holidays` (region GB-ENG; Wales has the same ones), which keeps the substitute days and the
 * one-off holidays (a jubilee, a state funeral) up to date: a new one arrives with a package update,
 * never as a date typed in here.
 */
export interface BankHoliday {
  date: IsoDate;
  name: string;
}

const ENGLAND_AND_WALES = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
const bankHolidaysByYear = new Map<number, BankHoliday[]>();

/** The bank holidays of a calendar year in England and Wales, in date order (substitute days included). */
export function bankHolidaysInEnglandAndWales(year: number): readonly BankHoliday[] {
  let holidays = bankHolidaysByYear.get(year);
  if (!holidays) {
    holidays = ENGLAND_AND_WALES.getHolidays(year, 'en')
      .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
      // The library's `date` is the civil date in the region's own time zone: 'YYYY-MM-DD hh:mm:ss'.
      .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    bankHolidaysByYear.set(year, holidays);
  }
  return holidays;
}

export function isBankHoliday(date: IsoDate): boolean {
  return bankHolidaysInEnglandAndWales(parseIsoDate(date).year).some((holiday) => holiday.date === date);
}

export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && !isBankHoliday(date);
}

/**
 * The date `n` working days after `date` (before it when `n` is negative); `date` itself does not count,
 * so 10 working days from a Friday application is the second Friday after it, later by any bank holiday
 * in between. `n = 0` gives `date` back.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(n); left > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * The working days after `from` up to and including `to`, so that `workingDaysBetween(d, addWorkingDays(d, n))`
 * is `n` for n >= 0: Friday to the next Monday is 1, a day to itself 0. When `to` is earlier it is the
 * negative of `workingDaysBetween(to, from)`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  if (isAfter(from, to)) {
    const back = workingDaysBetween(to, from);
    return back === 0 ? 0 : -back;
  }
  let count = 0;
  for (let day = addDays(from, 1); !isAfter(day, to); day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}
