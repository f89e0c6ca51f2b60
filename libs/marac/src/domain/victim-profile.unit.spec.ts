import { InvalidCommandError } from '@app/domain';
import { ageBandOf, victimProfileAtReferral, type VictimProfileInput } from './victim-profile.js';

const input: VictimProfileInput = {
  sex: 'male',
  ethnicity: 'black-asian-racially-minoritised',
  disabled: true,
  lgbtPlus: true,
  childrenInHousehold: 0,
};

describe('victim profile', () => {
  it.each([
    [16, '16-17'],
    [17, '16-17'],
    [18, '18-24'],
    [24, '18-24'],
    [25, '25-34'],
    [64, '55-64'],
    [65, '65+'],
    [null, 'not-known'],
  ])('age %s is in band %s', (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });

  it('keeps the flags and stores an age band, never the date of birth', () => {
    expect(victimProfileAtReferral(input, '2000-01-01', '2025-03-10')).toEqual({
      sex: 'male',
      ageBand: '25-34',
      aged16or17: false,
      ethnicity: 'black-asian-racially-minoritised',
      disabled: true,
      lgbtPlus: true,
      childrenInHousehold: 0,
    });
  });

  it('turns 16 on the 16th birthday', () => {
    expect(victimProfileAtReferral(input, '2009-03-10', '2025-03-10')).toMatchObject({ ageBand: '16-17', aged16or17: true });
    expect(() => victimProfileAtReferral(input, '2009-03-11', '2025-03-10')).toThrow(InvalidCommandError);
  });

  it('refuses a date of birth after the referral, and a negative number of children', () => {
    expect(() => victimProfileAtReferral(input, '2025-03-11', '2025-03-10')).toThrow(/date of birth is after the referral date/);
    expect(() => victimProfileAtReferral({ ...input, childrenInHousehold: -1 }, null, '2025-03-10')).toThrow(
      'The number of children in the household must be a whole number, 0 or more.',
    );
  });

  it('refuses a code not on the list', () => {
    expect(() => victimProfileAtReferral({ ...input, sex: 'x' as never }, null, '2025-03-10')).toThrow(InvalidCommandError);
  });
});
