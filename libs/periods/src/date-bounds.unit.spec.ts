import { InvalidCommandError } from '@app/domain';
import {
  EARLIEST_DATE,
  happenedDateRange,
  isDateWithin,
  plannedDateRange,
  requireDateThatHappened,
  requirePlannedDate,
} from './date-bounds.js';
import { todayInLondon } from './london-today.js';

describe('the dates of things that happened and of things planned', () => {
  const today = '2025-07-01';

  it('a date that happened runs from 1900-01-01 to today, both inclusive', () => {
    expect(happenedDateRange(today)).toEqual({ from: EARLIEST_DATE, to: today });
    expect(isDateWithin(today, happenedDateRange(today))).toBe(true);
    expect(isDateWithin('1900-01-01', happenedDateRange(today))).toBe(true);
    expect(isDateWithin('2025-07-02', happenedDateRange(today))).toBe(false);
    expect(isDateWithin('1899-12-31', happenedDateRange(today))).toBe(false);
    expect(isDateWithin('2025-02-29', happenedDateRange(today))).toBe(false);
    expect(isDateWithin(20250601, happenedDateRange(today))).toBe(false);
  });

  it('a planned date runs to two years after today (29 February clamped)', () => {
    expect(plannedDateRange(today)).toEqual({ from: EARLIEST_DATE, to: '2027-07-01' });
    expect(plannedDateRange('2024-02-29').to).toBe('2026-02-28');
  });

  it('an incident at 00:30 BST is today in London, not the future (UTC is still on the day before)', () => {
    const now = new Date('2025-06-30T23:30:00Z');
    expect(() => requireDateThatHappened('2025-07-01', 'date of the incident', todayInLondon(now))).not.toThrow();
    expect(() => requireDateThatHappened('2025-07-01', 'date of the incident', now.toISOString().slice(0, 10))).toThrow(
      InvalidCommandError,
    );
  });

  it('refuses with a 400 naming the field and the bound, never the value', () => {
    expect(() => requireDateThatHappened('2025-07-02', 'closing date', today)).toThrow(
      new InvalidCommandError('The closing date cannot be later than today (2025-07-01 in the UK).'),
    );
    expect(() => requireDateThatHappened('1066-10-14', 'closing date', today)).toThrow(
      new InvalidCommandError('The closing date cannot be earlier than 1900-01-01.'),
    );
    expect(() => requireDateThatHappened('14/10/1066', 'closing date', today)).toThrow(
      new InvalidCommandError('The closing date must be a date written YYYY-MM-DD.'),
    );
    expect(() => requirePlannedDate('9999-12-31', 'meeting date', today)).toThrow(
      new InvalidCommandError('The meeting date cannot be more than two years ahead (after 2027-07-01).'),
    );
    expect(() => requirePlannedDate('2027-07-01', 'meeting date', today)).not.toThrow();
  });
});
