import { collectEnvelopes, mapEnvelopes } from './personal-data-envelopes.js';

describe('personal data envelopes', () => {
  const data = {
    caseId: 'c1',
    riskBand: 'high',
    victim: { subjectId: 'v1', personal: { name: 'V', address: { line1: 'x' } } },
    perpetrators: [
      { relationship: 'ex-partner', person: { subjectId: 'p1', personal: { name: 'P' } } },
      { relationship: 'partner', person: { subjectId: 'p2', personal: null } },
    ],
    counts: [1, 2, 3],
  };

  it('finds envelopes at any depth, without walking into personal', () => {
    expect(collectEnvelopes(data).map((e) => e.subjectId)).toEqual(['v1', 'p1', 'p2']);
    expect(collectEnvelopes({ notes: 'free text', n: 1, when: null })).toEqual([]);
    expect(collectEnvelopes([{ subjectId: 's', personal: { subjectId: 'inner', personal: 1 } }]).map((e) => e.subjectId)).toEqual(['s']);
  });

  it('replaces personal parts in a copy, leaving everything else and the input untouched', () => {
    const before = JSON.stringify(data);
    const mapped = mapEnvelopes(data, (e) => (e.personal === null ? null : `sealed:${e.subjectId}`)) as typeof data;
    expect(JSON.stringify(data)).toBe(before);
    expect(mapped).toEqual({
      ...data,
      victim: { subjectId: 'v1', personal: 'sealed:v1' },
      perpetrators: [
        { relationship: 'ex-partner', person: { subjectId: 'p1', personal: 'sealed:p1' } },
        { relationship: 'partner', person: { subjectId: 'p2', personal: null } },
      ],
    });
  });

  it('copies only the paths that lead to an envelope, sharing the parts without one', () => {
    const mapped = mapEnvelopes(data, (e) => `sealed:${e.subjectId}`) as typeof data;
    expect(mapped).not.toBe(data);
    expect(mapped.victim).not.toBe(data.victim);
    expect(mapped.perpetrators[0]).not.toBe(data.perpetrators[0]);
    expect(mapped.counts).toBe(data.counts);
    const plain = { caseId: 'c1', meeting: { on: '2026-01-01', agencies: ['police'] } };
    expect(mapEnvelopes(plain, () => 'sealed')).toBe(plain);
  });

  it('leaves scalars alone', () => {
    expect(mapEnvelopes('x', () => 1)).toBe('x');
    expect(mapEnvelopes(null, () => 1)).toBeNull();
  });
});
