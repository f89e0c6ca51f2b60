import { InvalidCommandError } from '@app/domain';
import { addMonths } from './calendar-window.js';
import { isAfter, isBefore, isIsoDate, type DateRange, type IsoDate } from './iso-date.js';

/**
 * The dates the product accepts. No record (a referral, a hearing, an incident, a date of birth) is
 * older than this: a date before it is a typing error (1066 for 2016), not history to keep.
 */
export const EARLIEST_DATE: IsoDate = '1900-01-01';

/** How far ahead something may be planned (a meeting, an action's due date): two years from today. */
export const PLANNING_HORIZON_MONTHS = 24;

/** The dates of something that happened: from EARLIEST_DATE to `today` (the UK civil date, see todayInLondon). */
export function happenedDateRange(today: IsoDate): DateRange {
  return { from: EARLIEST_DATE, to: today };
}

/** The dates something may be planned for: from EARLIEST_DATE (entered after the event) to two years after `today`. */
export function plannedDateRange(today: IsoDate): DateRange {
  return { from: EARLIEST_DATE, to: addMonths(today, PLANNING_HORIZON_MONTHS) };
}

/** True for a real date within the range, both ends inclusive. */
export function isDateWithin(value: unknown, range: DateRange): value is IsoDate {
  return isIsoDate(value) && !isBefore(value, range.from) && !isAfter(value, range.to);
}

/**
 * A decider's check of the date of something that happened (400): a real date, not before EARLIEST_DATE
 * and not later than `today`, the UK date at the command's time (todayInLondon(occurredAt)). The message
 * names the field, never the value.
 */
export function requireDateThatHappened(value: unknown, what: string, today: IsoDate): asserts value is IsoDate {
  requireDateWithin(value, what, happenedDateRange(today), `cannot be later than today (${today} in the UK)`);
}

/** A decider's check of a planned date (400): a real date from EARLIEST_DATE to two years after `today`. */
export function requirePlannedDate(value: unknown, what: string, today: IsoDate): asserts value is IsoDate {
  const range = plannedDateRange(today);
  requireDateWithin(value, what, range, `cannot be more than two years ahead (after ${range.to})`);
}

function requireDateWithin(value: unknown, what: string, range: DateRange, tooLate: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new InvalidCommandError(`The ${what} must be a date written YYYY-MM-DD.`);
  if (isBefore(value, range.from)) throw new InvalidCommandError(`The ${what} cannot be earlier than ${range.from}.`);
  if (isAfter(value, range.to)) throw new InvalidCommandError(`The ${what} ${tooLate}.`);
}
