import { casesWithCaseReviewNoticeDueAcrossCases, isRepeatReport, type VictimReport } from './repeat-victims.js';

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

describe('the Case Review notice across cases (a second report within 6 months on another case)', () => {
  const report = (caseId: string, reportedOn: string, previous: [string, string] | null): VictimReport => ({
    caseId,
    personId: 'p',
    reportedOn,
    previousCaseId: previous?.[0] ?? null,
    previousReportOn: previous?.[1] ?? null,
  });

  it.each([
    ['a new referral 5 months after a report on another case', report('b', '2025-06-09', ['a', '2025-01-10']), 6, ['b']],
    ['a new referral exactly 6 months after', report('b', '2025-07-10', ['a', '2025-01-10']), 6, ['b']],
    ['a new referral 6 months and a day after', report('b', '2025-07-11', ['a', '2025-01-10']), 6, []],
    ['a new referral 8 months after, with a partnership window of 9', report('b', '2025-09-10', ['a', '2025-01-10']), 9, ['b']],
    ['the first report of a victim', report('a', '2025-01-10', null), 6, []],
    ['a further report after one on the same case (decided on the case itself)', report('a', '2025-02-10', ['a', '2025-01-10']), 6, []],
    ['a further report on the first case after a referral to another', report('a', '2025-08-01', ['b', '2025-07-15']), 6, ['a']],
  ] as const)('%s', (_, r, windowMonths, expected) => {
    expect([...casesWithCaseReviewNoticeDueAcrossCases([r], windowMonths)]).toEqual(expected);
  });
});
