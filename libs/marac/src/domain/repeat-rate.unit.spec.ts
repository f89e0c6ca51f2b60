import { InvalidCommandError } from '@app/domain';
import { DEFAULT_REPEAT_BAND, repeatRate, repeatRateStatus, summariseRepeatRate } from './repeat-rate.js';

describe('repeat rate', () => {
  it('ships the SafeLives band 28%-40%', () => {
    expect(DEFAULT_REPEAT_BAND).toEqual({ low: 0.28, high: 0.4 });
  });

  it('is repeat cases heard over all cases heard', () => {
    expect(summariseRepeatRate({ cases: 100, repeatCases: 31 })).toEqual({
      cases: 100,
      repeatCases: 31,
      rate: 0.31,
      band: { low: 0.28, high: 0.4 },
      status: 'within',
    });
  });

  it('has no rate and no status when no case was heard', () => {
    expect(summariseRepeatRate({ cases: 0, repeatCases: 0 })).toEqual({
      cases: 0,
      repeatCases: 0,
      rate: null,
      band: { low: 0.28, high: 0.4 },
      status: null,
    });
  });

  it.each([
    [100, 27, 'below'],
    [25, 7, 'within'], // exactly 28%: the low end is inside the band
    [5, 2, 'within'], // exactly 40%: the high end is inside the band
    [100, 41, 'above'],
    [10, 0, 'below'],
    [10, 10, 'above'],
  ])('%i cases with %i repeats is %s the default band', (cases, repeatCases, status) => {
    expect(summariseRepeatRate({ cases, repeatCases }).status).toBe(status);
  });

  it('uses a partnership band when given one (28%-42%)', () => {
    const band = { low: 0.28, high: 0.42 };
    expect(summariseRepeatRate({ cases: 50, repeatCases: 21 }, band)).toMatchObject({ rate: 0.42, band, status: 'within' });
    expect(summariseRepeatRate({ cases: 50, repeatCases: 21 }).status).toBe('above');
  });

  it('refuses a band that is not two proportions, low first', () => {
    expect(() => repeatRateStatus(0.3, { low: 0.4, high: 0.28 })).toThrow(InvalidCommandError);
    expect(() => summariseRepeatRate({ cases: 1, repeatCases: 0 }, { low: 28, high: 40 })).toThrow(InvalidCommandError);
  });

  it('refuses more repeat cases than cases', () => {
    expect(() => repeatRate(3, 4)).toThrow(RangeError);
    expect(() => repeatRate(-1, 0)).toThrow(RangeError);
  });
});
