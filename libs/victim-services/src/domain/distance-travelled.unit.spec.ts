import { distanceTravelled, improved, summariseDistance, type ScoredCase } from './distance-travelled.js';

const YEAR = { from: '2016-04-01', to: '2017-03-31' };
const scoredCase = (
  caseId: string,
  closedOn: string | null,
  first: Record<string, number>,
  last: Record<string, number>,
  scorings = 2,
): ScoredCase => ({
  caseId,
  closedOn,
  first,
  last,
  scorings,
});

describe('distance travelled', () => {
  it('is the last score minus the first, per domain scored in both', () => {
    expect(distanceTravelled(scoredCase('a', null, { safety: 3, housing: 5, children: 4 }, { safety: 8, housing: 4 }))).toEqual({
      safety: 5,
      housing: -1,
    });
  });
  it('is not measured with one scoring, or no domain in both', () => {
    expect(distanceTravelled(scoredCase('a', null, { safety: 3 }, { safety: 3 }, 1))).toBeNull();
    expect(distanceTravelled(scoredCase('a', null, { safety: 3 }, { housing: 3 }))).toBeNull();
  });
  it('calls a case improved when the changes sum above 0', () => {
    expect(improved({ safety: 5, housing: -1 })).toBe(true);
    expect(improved({ safety: 1, housing: -1 })).toBe(false);
  });
  it('summarises the cases closed in the period: average change per domain, cases measured and improved', () => {
    const summary = summariseDistance(
      [
        scoredCase('a', '2016-05-01', { safety: 2, housing: 5 }, { safety: 8, housing: 4 }),
        scoredCase('b', '2016-09-01', { safety: 4 }, { safety: 5 }),
        scoredCase('c', '2016-09-01', { safety: 4 }, { safety: 4 }),
        scoredCase('open', null, { safety: 1 }, { safety: 10 }),
        scoredCase('last-year', '2016-03-31', { safety: 1 }, { safety: 10 }),
        scoredCase('once', '2016-09-01', { safety: 1 }, { safety: 1 }, 1),
      ],
      YEAR,
      ['safety', 'housing', 'children'],
    );
    expect(summary).toEqual({
      casesMeasured: 3,
      casesImproved: 2,
      domains: [
        { domain: 'safety', cases: 3, averageFirst: 3.3, averageLast: 5.7, averageChange: 2.3 },
        { domain: 'housing', cases: 1, averageFirst: 5, averageLast: 4, averageChange: -1 },
        { domain: 'children', cases: 0, averageFirst: null, averageLast: null, averageChange: null },
      ],
    });
  });
});
