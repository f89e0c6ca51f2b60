import { todayInLondon } from './london-today.js';

describe('todayInLondon', () => {
  it.each([
    ['2025-06-30T23:30:00Z', '2025-07-01', '00:30 BST is already the next day'],
    ['2025-06-30T22:59:59Z', '2025-06-30', '23:59 BST is still the same day'],
    ['2025-01-31T23:30:00Z', '2025-01-31', 'in winter London is on UTC (GMT)'],
    ['2025-03-30T00:30:00Z', '2025-03-30', 'the night the clocks go forward'],
    ['2025-10-25T23:30:00Z', '2025-10-26', 'the night the clocks go back (00:30 BST)'],
    ['2025-12-31T23:59:59Z', '2025-12-31', "New Year's Eve in GMT"],
    ['2026-03-31T23:00:00Z', '2026-04-01', 'the first day of a financial year, at midnight BST'],
  ])('%s is %s (%s)', (instant, expected) => {
    expect(todayInLondon(new Date(instant))).toBe(expected);
  });

  it('answers as the time zone database does at every quarter hour across midnights and both clock changes, asked in turn', () => {
    const direct = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (const start of ['2025-03-29T20:00:00Z', '2025-10-25T20:00:00Z', '2025-06-30T20:00:00Z']) {
      for (let quarter = 0; quarter < 4 * 30; quarter++) {
        const instant = new Date(Date.parse(start) + quarter * 15 * 60_000);
        expect(`${instant.toISOString()} ${todayInLondon(instant)}`).toBe(`${instant.toISOString()} ${direct.format(instant)}`);
      }
    }
    // Back in time, and an instant that is no date, are not answered from the last hour asked.
    expect(todayInLondon(new Date('2025-01-01T12:00:00Z'))).toBe('2025-01-01');
    expect(() => todayInLondon(new Date(Number.NaN))).toThrow(RangeError);
  });
});
