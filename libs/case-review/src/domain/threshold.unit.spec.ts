import { DEFAULT_CASE_REVIEW_SETTINGS, type CaseReviewSettings } from './case-review-settings.js';
import { assessThreshold, complaintVerdict, requiredComplaints, type Complaint } from './threshold.js';

const complaint = (madeOn: string, ...behaviourDates: string[]): Complaint => ({
  madeOn,
  body: 'council',
  bodyName: null,
  behaviourDates: behaviourDates.length > 0 ? behaviourDates : [madeOn],
  reference: null,
});
const RECEIVED = '2025-06-20';

describe('the Case Review threshold, computed from the complaints', () => {
  it('counts a complaint made up to the same day number of the next month after the latest behaviour, not the day after', () => {
    expect(complaintVerdict(complaint('2025-03-10', '2025-02-10'), RECEIVED, DEFAULT_CASE_REVIEW_SETTINGS).qualifies).toBe(true);
    expect(complaintVerdict(complaint('2025-03-11', '2025-02-10'), RECEIVED, DEFAULT_CASE_REVIEW_SETTINGS)).toEqual({
      qualifies: false,
      reason: 'made-too-long-after-the-behaviour',
    });
    // 32 days after the behaviour: more than a calendar month.
    expect(complaintVerdict(complaint('2025-05-03', '2025-04-01'), RECEIVED, DEFAULT_CASE_REVIEW_SETTINGS).qualifies).toBe(false);
    // The latest behaviour date counts: an earlier incident in the same complaint does not disqualify it.
    expect(complaintVerdict(complaint('2025-05-03', '2025-01-01', '2025-04-20'), RECEIVED, DEFAULT_CASE_REVIEW_SETTINGS).qualifies).toBe(
      true,
    );
  });

  it('counts only complaints in the 6 months before the application', () => {
    expect(complaintVerdict(complaint('2024-12-20'), RECEIVED, DEFAULT_CASE_REVIEW_SETTINGS).qualifies).toBe(true);
    expect(complaintVerdict(complaint('2024-12-19'), RECEIVED, DEFAULT_CASE_REVIEW_SETTINGS)).toEqual({
      qualifies: false,
      reason: 'outside-the-months-before-the-application',
    });
    expect(complaintVerdict(complaint('2024-11-15'), RECEIVED, DEFAULT_CASE_REVIEW_SETTINGS).qualifies).toBe(false);
  });

  it('refuses a complaint dated before the behaviour it complains of', () => {
    expect(complaintVerdict(complaint('2025-03-01', '2025-03-05'), RECEIVED, DEFAULT_CASE_REVIEW_SETTINGS)).toEqual({
      qualifies: false,
      reason: 'made-before-the-behaviour',
    });
  });

  it('meets the default threshold at 3 qualifying complaints, not 2', () => {
    const two = [complaint('2025-04-01'), complaint('2025-05-01')];
    expect(assessThreshold(two, RECEIVED, ['noise'], DEFAULT_CASE_REVIEW_SETTINGS)).toMatchObject({
      qualifyingComplaints: 2,
      required: 3,
      met: false,
    });
    const three = [...two, complaint('2025-06-01')];
    expect(assessThreshold(three, RECEIVED, ['noise'], DEFAULT_CASE_REVIEW_SETTINGS)).toMatchObject({
      qualifyingComplaints: 3,
      required: 3,
      met: true,
    });
    // A non-qualifying complaint does not count towards it.
    const withOld = [...two, complaint('2024-10-01')];
    expect(assessThreshold(withOld, RECEIVED, ['noise'], DEFAULT_CASE_REVIEW_SETTINGS).met).toBe(false);
  });

  it("applies a partnership's lower threshold for the application's behaviour, the lowest when several apply", () => {
    const settings: CaseReviewSettings = {
      ...DEFAULT_CASE_REVIEW_SETTINGS,
      threshold: 3,
      thresholdsByBehaviour: { 'hate-incident': 1, harassment: 2 },
    };
    expect(requiredComplaints(settings, ['noise'])).toBe(3);
    expect(requiredComplaints(settings, ['harassment'])).toBe(2);
    expect(requiredComplaints(settings, ['harassment', 'hate-incident'])).toBe(1);
    expect(assessThreshold([complaint('2025-06-01')], RECEIVED, ['hate-incident'], settings)).toMatchObject({ met: true, required: 1 });
    expect(assessThreshold([complaint('2025-06-01')], RECEIVED, ['noise'], settings)).toMatchObject({ met: false, required: 3 });
  });

  it("follows a partnership's own windows", () => {
    const settings: CaseReviewSettings = { ...DEFAULT_CASE_REVIEW_SETTINGS, complaintWithinMonths: 2 };
    expect(complaintVerdict(complaint('2025-04-10', '2025-02-10'), RECEIVED, settings).qualifies).toBe(true);
  });
});
