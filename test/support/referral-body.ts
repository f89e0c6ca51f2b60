import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

/** A DASH checklist of 24 answers, `yes` of them yes (14 or more is visible high risk). */
export const dashAnswers = (yes: number): string[] => [...Array<string>(yes).fill('yes'), ...Array<string>(24 - yes).fill('no')];

export interface ReferralBodyOptions {
  partnershipId: string;
  maracId: string;
  victimId?: string;
  /** By default the victim's one perpetrator (derived from `victimId`): a victim referred again is about the same one. */
  perpetratorId?: string;
  victimName?: string;
  perpetratorName?: string;
  /** Fields of the victim's profile to change. */
  profile?: Record<string, unknown>;
}

const PERPETRATOR_NAMESPACE = '2f0c6a8e-5d1b-4b7e-9a43-8c1e6f0d2b57';

/** The one perpetrator a test victim is referred about by default (a stable id derived from the victim's). */
export const perpetratorOf = (victimId: string): string => uuidv5(victimId, PERPETRATOR_NAMESPACE);

/**
 * A MARAC referral as a client sends it: visible high risk (DASH 15), referred by the police on 2024-04-10,
 * one perpetrator (the same for every referral of a given `victimId`, unless `perpetratorId` says otherwise,
 * so that a victim referred again within 12 months is a repeat). Tests spread their own fields over it.
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
        personId: options.perpetratorId ?? (options.victimId ? perpetratorOf(options.victimId) : randomUUID()),
        relationship: 'ex-partner',
        details: { fullName: options.perpetratorName ?? 'Test Perpetrator' },
      },
    ],
    dash: { answers: dashAnswers(15) },
  };
}
