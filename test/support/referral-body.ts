import { randomUUID } from 'node:crypto';

/** A DASH checklist of 24 answers, `yes` of them yes (14 or more is visible high risk). */
export const dashAnswers = (yes: number): string[] => [...Array<string>(yes).fill('yes'), ...Array<string>(24 - yes).fill('no')];

export interface ReferralBodyOptions {
  partnershipId: string;
  maracId: string;
  victimId?: string;
  perpetratorId?: string;
  victimName?: string;
  perpetratorName?: string;
  /** Fields of the victim's profile to change. */
  profile?: Record<string, unknown>;
}

/**
 * A MARAC referral as a client sends it: visible high risk (DASH 15), referred by the police on 2024-04-10,
 * one perpetrator. Tests spread their own fields over it.
 */
export function referralBody(options: ReferralBodyOptions) {
  return {
    partnershipId: options.partnershipId,
    maracId: options.maracId,
    referralDate: '2024-04-10',
    referringAgency: 'police',
    criterion: 'visible-high-risk',
    victim: {
      personId: options.victimId ?? randomUUID(),
      details: { fullName: options.victimName ?? 'Test Victim' },
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
    perpetrators: [
      {
        personId: options.perpetratorId ?? randomUUID(),
        relationship: 'ex-partner',
        details: { fullName: options.perpetratorName ?? 'Test Perpetrator' },
      },
    ],
    dash: { answers: dashAnswers(15) },
  };
}
