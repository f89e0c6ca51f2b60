import { daysInMonth, formatIsoDate, isAfter, isBefore, parseIsoDate, type IsoDate } from './iso-date.js';

/**
 * Adds (or, if negative, subtracts) whole calendar months. When the target month is shorter, the day
 * is clamped to its last day: 2025-01-31 + 1 month = 2025-02-28, 2024-02-29 + 12 months = 2025-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number: ${months}`);
  const { year, month, day } = parseIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/**
 * "Within N months of `start`": on or after `start` and on or before the same day N months later
 * (month ends clamped as in addMonths). Both ends are inclusive: with a referral on 2025-03-10, an
 * incident on 2026-03-10 is within 12 months, one on 2026-03-11 is more than 12 months after it.
 */
export function isWithinMonthsAfter(start: IsoDate, date: IsoDate, months: number): boolean {
  return !isBefore(date, start) && !isAfter(date, addMonths(start, months));
}

/**
 * "In the N months up to `end`": on or after the same day N months earlier and on or before `end`,
 * both inclusive. With a referral on 2025-03-10, call-outs from 2024-03-10 to 2025-03-10 count.
 */
export function isWithinMonthsBefore(end: IsoDate, date: IsoDate, months: number): boolean {
  return !isAfter(date, end) && !isBefore(date, addMonths(end, -months));
}
