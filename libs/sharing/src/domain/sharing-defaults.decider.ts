import { assertNever, requireId, requireOneOf, type Decider } from '@app/domain';
import { requireDateThatHappened, type IsoDate } from '@app/periods';
import { DEFAULT_SHARING_BASES } from './default-sharing-bases.js';
import type { SharingDefaultSet } from './sharing.events.js';
import { LAWFUL_BASES, SHARING_PURPOSES, type LawfulBasis, type SharingPurpose } from '@app/people';

export interface SetSharingDefault {
  type: 'SetSharingDefault';
  partnershipId: string;
  purpose: SharingPurpose;
  basis: LawfulBasis | null;
  decidedBy: string;
  today: IsoDate;
}

/** The partnership's default basis per purpose: the shipped defaults until an admin sets one. */
export type SharingDefaultsState = Record<SharingPurpose, LawfulBasis | null>;

/** A partnership's default bases for sharing without consent, one per purpose (`sharing_defaults-<partnershipId>`). */
export const sharingDefaultsDecider: Decider<SetSharingDefault, SharingDefaultsState, SharingDefaultSet> = {
  initialState: () => ({ ...DEFAULT_SHARING_BASES }),
  evolve(state, event) {
    switch (event.type) {
      case 'SharingDefaultSet':
        return { ...state, [event.data.purpose]: event.data.basis };
      default:
        return assertNever(event.type);
    }
  },
  decide(command, state) {
    requireId(command.partnershipId, 'partnershipId');
    requireOneOf(command.purpose, SHARING_PURPOSES, `The purpose must be one of ${SHARING_PURPOSES.join(', ')}.`);
    if (command.basis !== null)
      requireOneOf(command.basis, LAWFUL_BASES, `The lawful basis must be null or one of ${LAWFUL_BASES.join(', ')}.`);
    requireDateThatHappened(command.today, 'The date', command.today);
    if (state[command.purpose] === command.basis) return [];
    const { partnershipId, purpose, basis, decidedBy, today } = command;
    return [{ type: 'SharingDefaultSet', data: { partnershipId, purpose, basis, decidedBy, on: today } }];
  },
};
