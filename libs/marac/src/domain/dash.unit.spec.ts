import { InvalidCommandError } from '@app/domain';
import { assessDash, dashScore, riskBandOfScore, type DashAnswer } from './dash.js';

/** A checklist with `yes` yes answers, then alternating no / not-known. */
function checklist(yes: number): DashAnswer[] {
  return Array.from({ length: 24 }, (_, i) => (i < yes ? 'yes' : i % 2 === 0 ? 'no' : 'not-known'));
}

describe('DASH score', () => {
  it('counts only yes answers (not-known is not a yes)', () => {
    expect(dashScore(checklist(11))).toBe(11);
    expect(dashScore(Array<DashAnswer>(24).fill('not-known'))).toBe(0);
  });

  it('refuses a checklist without exactly 24 answers', () => {
    expect(() => dashScore(checklist(3).slice(1))).toThrow(new InvalidCommandError('A DASH checklist has 24 answers; this one has 23.'));
  });

  it('refuses an answer other than yes, no or not-known', () => {
    const answers = checklist(3) as string[];
    answers[4] = 'maybe';
    expect(() => dashScore(answers as DashAnswer[])).toThrow(/DASH question 5 must be answered yes, no or not-known/);
  });
});

describe('DASH bands', () => {
  it.each([
    [0, 'standard'],
    [1, 'standard'],
    [9, 'standard'],
    [10, 'medium'],
    [13, 'medium'],
    [14, 'high'],
    [24, 'high'],
  ])('a score of %i is %s risk', (score, band) => {
    expect(riskBandOfScore(score)).toBe(band);
    expect(assessDash(checklist(score))).toEqual({ score, actuarialBand: band, riskBand: band, overriddenTo: null });
  });

  it('has no band outside 0-24', () => {
    expect(() => riskBandOfScore(25)).toThrow(RangeError);
    expect(() => riskBandOfScore(-1)).toThrow(RangeError);
  });
});

describe('professional-judgement override', () => {
  it('may raise the level', () => {
    expect(assessDash(checklist(9), { level: 'high', reason: 'Recent escalation disclosed to the IDVA' })).toEqual({
      score: 9,
      actuarialBand: 'standard',
      riskBand: 'high',
      overriddenTo: 'high',
    });
    expect(assessDash(checklist(13), { level: 'high', reason: 'Threats to kill' }).riskBand).toBe('high');
  });

  it('may never lower the level', () => {
    expect(() => assessDash(checklist(14), { level: 'medium', reason: 'Feels safer now' })).toThrow(
      new InvalidCommandError(
        'Professional judgement can raise the risk level but never lower it: this checklist scores 14, which is high risk, so the level cannot be set to medium.',
      ),
    );
  });

  it('refuses an override to the level the checklist already gives', () => {
    expect(() => assessDash(checklist(10), { level: 'medium', reason: 'x' })).toThrow(/already gives medium risk/);
  });

  it.each(['', '   '])('needs a reason (%j is not one)', (reason) => {
    expect(() => assessDash(checklist(10), { level: 'high', reason })).toThrow(
      new InvalidCommandError('Raising the risk level on professional judgement needs a reason.'),
    );
  });
});
