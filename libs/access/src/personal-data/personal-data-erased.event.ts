import { assertNever, type Decider } from '@app/domain';

/**
 * Appended to `erasure-<subjectId>` once the subject's key is destroyed. Projections subscribe to the
 * `erasure` category and strip the subject's personal data from their read models.
 */
export interface PersonalDataErased {
  type: 'PersonalDataErased';
  data: {
    subjectId: string;
    /** `request` (right to erasure, by an admin) or `retention` (the retention rule). */
    basis: 'request' | 'retention';
    erasedAt: string;
  };
}

export const ERASURE_CATEGORY = 'erasure';
export const accessEventTypes = { PersonalDataErased: 1 } as const;

interface EraseSubject {
  subjectId: string;
  basis: PersonalDataErased['data']['basis'];
  erasedAt: string;
}

/** Records the erasure once per subject: a repeated erasure appends nothing. */
export const erasureDecider: Decider<EraseSubject, { erased: boolean }, PersonalDataErased> = {
  initialState: () => ({ erased: false }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'PersonalDataErased':
        return { erased: true };
      default:
        return assertNever(event.type);
    }
  },
  decide: (command, state) =>
    state.erased
      ? []
      : [{ type: 'PersonalDataErased', data: { subjectId: command.subjectId, basis: command.basis, erasedAt: command.erasedAt } }],
};
