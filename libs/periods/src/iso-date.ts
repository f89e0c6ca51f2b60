/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'), with no time zone and no clock. Valid ISO dates
 * compare correctly as strings, so `a < b` means "a is earlier than b".
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A period of whole days, both ends inclusive. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written 'YYYY-MM-DD' (so '2025-02-29' and '2025-2-1' are false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseIsoDate(value: IsoDate): CalendarDate {
  if (!isIsoDate(value)) throw new RangeError(`not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number: ${days}`);
  const { year, month, day } = parseIsoDate(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate({ year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() });
}

/** 0 for Sunday to 6 for Saturday, as `Date.getUTCDay`. */
export function dayOfWeek(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Negative if a is earlier than b, 0 if the same day, positive if later. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) < 0;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) > 0;
}

/** The date part of an ISO date or timestamp ('2025-04-01T09:30:00Z' gives '2025-04-01'). */
export function dateOf(dateOrTimestamp: string): IsoDate {
  return dateOrTimestamp.slice(0, 10);
}

/** Whole years from `birth` to `on` (a birthday on 29 February counts as reached on 1 March in other years). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const b = parseIsoDate(birth);
  const d = parseIsoDate(on);
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age -= 1;
  return age;
}
