import { randomBytes } from 'node:crypto';
import { ageBand, ageBandOn, ageOn, Pseudonymiser, suppressRow, suppressSmallCounts } from './depersonalise.js';

describe('depersonalising helpers', () => {
  it('gives stable pseudonyms that differ per subject and per secret, and do not contain the id', () => {
    const secret = randomBytes(32);
    const a = new Pseudonymiser(secret);
    expect(a.pseudonymFor('subject-1')).toBe(new Pseudonymiser(Buffer.from(secret)).pseudonymFor('subject-1'));
    expect(a.pseudonymFor('subject-1')).not.toBe(a.pseudonymFor('subject-2'));
    expect(a.pseudonymFor('subject-1')).not.toBe(new Pseudonymiser(randomBytes(32)).pseudonymFor('subject-1'));
    expect(a.pseudonymFor('subject-1')).toMatch(/^p_[0-9a-f]{24}$/);
    expect(() => new Pseudonymiser(randomBytes(8))).toThrow();
  });

  it('bands ages, with 16-17 on its own', () => {
    expect([15, 16, 17, 18, 24, 25, 44, 64, 65, 90].map(ageBand)).toEqual([
      'under 16',
      '16-17',
      '16-17',
      '18-24',
      '18-24',
      '25-34',
      '35-44',
      '55-64',
      '65+',
      '65+',
    ]);
    expect(ageBand(undefined)).toBe('not known');
    expect(ageOn('2000-06-15', '2018-06-14')).toBe(17);
    expect(ageOn('2000-06-15', '2018-06-15')).toBe(18);
    expect(ageBandOn('2000-06-15', '2018-06-14')).toBe('16-17');
    expect(ageBandOn(null, '2018-06-14')).toBe('not known');
  });

  it('suppresses counts of 1 to 4 as <5 by default; 0 stays 0', () => {
    expect([0, 1, 4, 5, 12].map((n) => suppressSmallCounts(n))).toEqual([0, '<5', '<5', 5, 12]);
    expect([2, 3].map((n) => suppressSmallCounts(n, 3))).toEqual(['<3', 3]);
    expect(() => suppressSmallCounts(-1)).toThrow();
    expect(suppressRow({ label: 'Q1', cases: 3, repeats: 0, total: 40 })).toEqual({ label: 'Q1', cases: '<5', repeats: 0, total: 40 });
  });
});
