import { InvalidCommandError, requireOneOf } from '@app/domain';
import { ageOn, isAfter, requireDate, type IsoDate } from '@app/periods';

/**
 * The victim's profile: the non-personal facts SafeLives' quarterly data counts (% male, % Black, Asian
 * or racially minoritised, % disabled, % LGBT+, number aged 16-17, children in households). It stays
 * outside the PersonalData envelope so the counts survive erasure; it holds an age band, never a date
 * of birth. `null` means not known.
 */
export const VICTIM_SEXES = ['female', 'male', 'other', 'not-known'] as const;
export type VictimSex = (typeof VICTIM_SEXES)[number];

export const VICTIM_ETHNICITIES = ['black-asian-racially-minoritised', 'not-racially-minoritised', 'not-known'] as const;
export type VictimEthnicity = (typeof VICTIM_ETHNICITIES)[number];

export const AGE_BANDS = ['16-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'not-known'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** MARAC hears victims aged 16 or over; younger victims go through child-safeguarding procedures. */
export const MINIMUM_VICTIM_AGE = 16;

/** What the referrer says about the victim (on the ReferCase command). */
export interface VictimProfileInput {
  sex: VictimSex;
  /** Whole years at the referral date, when the date of birth is not known; otherwise worked out from it. */
  ageAtReferral?: number | null;
  ethnicity: VictimEthnicity;
  disabled: boolean | null;
  lgbtPlus: boolean | null;
  childrenInHousehold: number | null;
}

/** What the CaseReferred event keeps. */
export interface VictimProfile {
  sex: VictimSex;
  ageBand: AgeBand;
  /** Counted separately in SafeLives' data. */
  aged16or17: boolean;
  ethnicity: VictimEthnicity;
  disabled: boolean | null;
  lgbtPlus: boolean | null;
  childrenInHousehold: number | null;
}

export function ageBandOf(age: number | null): AgeBand {
  if (age === null) return 'not-known';
  if (age < MINIMUM_VICTIM_AGE) throw new RangeError(`no MARAC age band below ${MINIMUM_VICTIM_AGE}: ${age}`);
  if (age <= 17) return '16-17';
  if (age <= 24) return '18-24';
  if (age <= 34) return '25-34';
  if (age <= 44) return '35-44';
  if (age <= 54) return '45-54';
  if (age <= 64) return '55-64';
  return '65+';
}

/**
 * The profile to store: the age at the referral date comes from the date of birth if there is one (an age
 * given as well must agree with it), else from `ageAtReferral`; neither gives 'not-known'.
 */
export function victimProfileAtReferral(
  input: VictimProfileInput,
  dateOfBirth: IsoDate | undefined | null,
  referralDate: IsoDate,
): VictimProfile {
  requireOneOf(input.sex, VICTIM_SEXES, "The victim's sex must be female, male, other or not-known.");
  requireOneOf(
    input.ethnicity,
    VICTIM_ETHNICITIES,
    "The victim's ethnicity must be black-asian-racially-minoritised, not-racially-minoritised or not-known.",
  );
  for (const [flag, label] of [
    [input.disabled, 'disability'],
    [input.lgbtPlus, 'LGBT+'],
  ] as const) {
    if (flag !== null && typeof flag !== 'boolean') throw new InvalidCommandError(`The victim's ${label} must be yes, no or not known.`);
  }
  const children = input.childrenInHousehold;
  if (children !== null && (typeof children !== 'number' || !Number.isInteger(children) || children < 0)) {
    throw new InvalidCommandError('The number of children in the household must be a whole number, 0 or more.');
  }

  const given = input.ageAtReferral ?? null;
  if (given !== null && (typeof given !== 'number' || !Number.isInteger(given) || given < 0 || given > 130)) {
    throw new InvalidCommandError("The victim's age must be a whole number of years.");
  }
  let age = given;
  if (dateOfBirth !== undefined && dateOfBirth !== null) {
    requireDate(dateOfBirth, "victim's date of birth");
    if (isAfter(dateOfBirth, referralDate)) throw new InvalidCommandError("The victim's date of birth is after the referral date.");
    const fromBirth = ageOn(dateOfBirth, referralDate);
    if (given !== null && given !== fromBirth) {
      throw new InvalidCommandError("The victim's age does not match their date of birth on the referral date.");
    }
    age = fromBirth;
  }
  if (age !== null && age < MINIMUM_VICTIM_AGE) {
    throw new InvalidCommandError(
      'MARAC hears victims aged 16 or over; for a younger victim, follow the child-safeguarding procedures instead.',
    );
  }
  const ageBand = ageBandOf(age);
  return {
    sex: input.sex,
    ageBand,
    aged16or17: ageBand === '16-17',
    ethnicity: input.ethnicity,
    disabled: input.disabled,
    lgbtPlus: input.lgbtPlus,
    childrenInHousehold: children,
  };
}
