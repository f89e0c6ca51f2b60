import { isRepeatReport } from './repeat-victims.js';

describe('the repeat-victim rule (across cases and services)', () => {
  it.each([
    ['the first report of a victim', null, '2025-05-01', 12, false],
    ['a report 11 months after the previous one', '2025-01-10', '2025-12-10', 12, true],
    ['a report exactly 12 months after', '2025-01-10', '2026-01-10', 12, true],
    ['a report 12 months and a day after', '2025-01-10', '2026-01-11', 12, false],
    ['a report on the same day as the previous one (another case)', '2025-01-10', '2025-01-10', 12, true],
    ['a report 7 months after, with a partnership window of 6', '2025-01-10', '2025-08-11', 6, false],
  ] as const)('%s', (_, previousReportOn, reportedOn, windowMonths, expected) => {
    expect(isRepeatReport({ previousReportOn, reportedOn }, windowMonths)).toBe(expected);
  });
});
