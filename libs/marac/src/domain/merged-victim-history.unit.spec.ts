import { outcomesOnHistory, reclassificationsOnHistory, withCanonicalPerpetrators } from './merged-victim-history.js';
import type { MaracVictimState, VictimReferral } from './marac-victim.decider.js';

const referral = (
  caseId: string,
  referralDate: string,
  repeat = false,
  previousCaseId: string | null = null,
  perpetratorPersonIds = ['perpetrator'],
): VictimReferral => ({
  caseId,
  perpetratorPersonIds,
  maracId: 'm',
  referralDate,
  criterion: 'professional-judgement',
  repeat,
  previousCaseId,
  voided: false,
});
const history = (personId: string, referrals: VictimReferral[]): MaracVictimState => ({ personId, policeCallOuts: [], referrals });

describe("a victim's referrals decided again on a merged history", () => {
  const a = history('a', [referral('a1', '2024-04-10')]);
  const b = history('b', [referral('b1', '2024-10-01')]);
  const merged = history('a', [...a.referrals, ...b.referrals]);

  it('leaves the duplicate record’s referral a new case when it is about another perpetrator (SafeLives)', () => {
    const other = history('b', [referral('b1', '2024-10-01', false, null, ['another perpetrator'])]);
    expect(outcomesOnHistory(history('a', [...a.referrals, ...other.referrals])).get('b1')).toEqual({
      repeat: false,
      previousCaseId: null,
    });
  });

  it('makes the duplicate record’s referral a repeat of the other record’s within 12 months', () => {
    expect(outcomesOnHistory(merged).get('b1')).toEqual({ repeat: true, previousCaseId: 'a1' });
    expect(reclassificationsOnHistory(b, outcomesOnHistory(merged), 'people-merged')).toEqual([
      {
        type: 'VictimReferralReclassified',
        data: { personId: 'b', caseId: 'b1', repeat: true, previousCaseId: 'a1', reason: 'people-merged' },
      },
    ]);
    expect(reclassificationsOnHistory(a, outcomesOnHistory(merged), 'people-merged')).toEqual([]);
  });

  it('turns it back on its own history after an unmerge, and leaves voided referrals alone', () => {
    const reclassifiedB = history('b', [referral('b1', '2024-10-01', true, 'a1')]);
    expect(reclassificationsOnHistory(reclassifiedB, outcomesOnHistory(reclassifiedB), 'people-unmerged')).toEqual([
      {
        type: 'VictimReferralReclassified',
        data: { personId: 'b', caseId: 'b1', repeat: false, previousCaseId: null, reason: 'people-unmerged' },
      },
    ]);
    const voided = history('b', [{ ...referral('b1', '2024-10-01', true, 'a1'), voided: true }]);
    expect(reclassificationsOnHistory(voided, outcomesOnHistory(voided), 'people-unmerged')).toEqual([]);
  });
});

describe('a perpetrator recorded under two person records, merged', () => {
  const own = history('v', [
    referral('v1', '2025-01-10', false, null, ['perpetrator-record-1']),
    referral('v2', '2025-03-10', false, null, ['perpetrator-record-2']),
  ]);

  it('decides the later referral a new case while the records are two people', () => {
    expect(outcomesOnHistory(own).get('v2')).toEqual({ repeat: false, previousCaseId: null });
  });

  it('decides it a repeat once both records read as one perpetrator, and says so', () => {
    const merged = withCanonicalPerpetrators(own, new Map([['perpetrator-record-2', 'perpetrator-record-1']]));
    expect(merged.referrals.map((r) => r.perpetratorPersonIds)).toEqual([['perpetrator-record-1'], ['perpetrator-record-1']]);
    expect(reclassificationsOnHistory(own, outcomesOnHistory(merged), 'people-merged')).toEqual([
      {
        type: 'VictimReferralReclassified',
        data: { personId: 'v', caseId: 'v2', repeat: true, previousCaseId: 'v1', reason: 'people-merged' },
      },
    ]);
  });

  it('leaves a history without merged perpetrators as it is', () => {
    expect(withCanonicalPerpetrators(own, new Map())).toBe(own);
  });
});
