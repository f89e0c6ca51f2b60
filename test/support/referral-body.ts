/** A DASH checklist of 24 answers, `yes` of them yes (14 or more is visible high risk). */
export const dashAnswers = (yes: number): string[] => [...Array<string>(yes).fill('yes'), ...Array<string>(24 - yes).fill('no')];

export interface ReferralBodyOptions {
  partnershipId: string;
  maracId: string;
  /** An existing person record (a victim referred before); left out: a new person with the details below. */
  victimId?: string;
  perpetratorId?: string;
  victimName?: string;
  perpetratorName?: string;
  /** Fields of the victim's profile to change. */
  profile?: Record<string, unknown>;
}

/**
 * A MARAC referral as a client sends it: visible high risk (DASH 15), referred by the police on 2024-04-10,
 * one perpetrator. Tests spread their own fields over it. A victim or perpetrator without an id is a new
 * person confirmed as such (`newPerson: true`: test people share names, which would otherwise be a 409).
 */
export function referralBody(options: ReferralBodyOptions) {
  return {
    partnershipId: options.partnershipId,
    maracId: options.maracId,
    referralDate: '2024-04-10',
    referringAgency: 'police',
    criterion: 'visible-high-risk',
    victim: {
      ...person(options.victimId, options.victimName ?? 'Test Victim'),
      profile: {
        sex: 'female',
        ageAtReferral: 34,
        ethnicity: 'not-racially-minoritised',
        disabled: false,
        lgbtPlus: false,
        childrenInHousehold: 1,
        ...options.profile,
      },
    },
    perpetrators: [{ ...person(options.perpetratorId, options.perpetratorName ?? 'Test Perpetrator'), relationship: 'ex-partner' }],
    dash: { answers: dashAnswers(15) },
  };
}

/** An existing person by id (the referral giving their name as it records it), or a new one (confirmed new) with this name. */
export function person(personId: string | undefined, fullName: string) {
  return personId ? { personId, details: { fullName } } : { details: { fullName }, newPerson: true };
}
