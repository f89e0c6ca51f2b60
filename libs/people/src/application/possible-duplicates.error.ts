import { IllegalStateError } from '@app/domain';

/**
 * 409: a person about to be registered closely matches people already recorded in the partnership. The
 * problem lists their ids only (`candidates: [{ personId }]`): the caller may search them, and nothing
 * personal is in the answer.
 */
export class PossibleDuplicatesError extends IllegalStateError {
  constructor(
    readonly candidates: { personId: string }[],
    /** Which person of the request it is about (`victim`, `perpetrators[0]`), when a request names several. */
    readonly about?: string,
  ) {
    super(
      `${about ? `The ${about} closely matches` : 'This person closely matches'} ${candidates.length === 1 ? 'a person' : 'people'} ` +
        'already recorded in the partnership. Search for them and refer to the right one by personId, or confirm a new person with newPerson: true.',
    );
  }

  override get extensions(): Record<string, unknown> {
    return { candidates: this.candidates, ...(this.about ? { about: this.about } : {}) };
  }
}
