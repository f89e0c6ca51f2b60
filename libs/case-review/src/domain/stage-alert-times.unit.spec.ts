import { stageAlertTimes } from './stage-alert-times.js';

describe("a Case Review stage's alert times", () => {
  it('is due soon two working days before by default, over a weekend and a bank holiday', () => {
    // Due Tuesday 7 April 2026: Easter Monday (6th) and Good Friday (3rd) are bank holidays.
    expect(stageAlertTimes('2026-04-07', 2)).toEqual({ dueSoonAt: '2026-04-01T07:00:00Z', overdueAt: '2026-04-08T00:00:00Z' });
  });

  it("follows the procedure's dueSoonWorkingDays", () => {
    expect(stageAlertTimes('2026-04-07', 1).dueSoonAt).toBe('2026-04-02T07:00:00Z');
    expect(stageAlertTimes('2026-04-07', 5).dueSoonAt).toBe('2026-03-27T07:00:00Z');
  });
});
