import { assertNever, IllegalStateError, NotFoundError, personalData, requireId, type Decider } from '@app/domain';
import type { PersonCommand } from './person.commands.js';
import type { PersonEvent } from './person.events.js';

export const PERSON_NOT_FOUND = 'There is no such person in your partnerships.';

/** A person's state holds no personal data (it is only in the events' envelopes): who and whose. */
export interface PersonState {
  personId: string | null;
  partnershipId: string | null;
}

/**
 * One person record of a partnership.
 * - RegisterPerson: a new stream only (the id is the server's, derived from the command; a second
 *   registration under it is a 409).
 * - AmendPersonIdentity: the identity replaced as a whole; 404 for no person.
 * Identity and index entries go into envelopes under the person's own id.
 */
export const personDecider: Decider<PersonCommand, PersonState, PersonEvent> = {
  initialState: () => ({ personId: null, partnershipId: null }),

  evolve(state, event) {
    switch (event.type) {
      case 'PersonRegistered':
        return { personId: event.data.personId, partnershipId: event.data.partnershipId };
      case 'PersonIdentityAmended':
        return state;
      default:
        return assertNever(event);
    }
  },

  decide(command, state) {
    switch (command.type) {
      case 'RegisterPerson': {
        requireId(command.personId, 'person id');
        requireId(command.partnershipId, 'partnership id');
        if (state.personId !== null) throw new IllegalStateError('This person is already registered.');
        const { personId, partnershipId, identity, searchIndex } = command;
        return [
          {
            type: 'PersonRegistered',
            data: { personId, partnershipId, identity: personalData(personId, identity), searchIndex: personalData(personId, searchIndex) },
          },
        ];
      }
      case 'AmendPersonIdentity': {
        if (state.personId === null || state.partnershipId === null) throw new NotFoundError(PERSON_NOT_FOUND);
        const { personId, partnershipId } = state;
        return [
          {
            type: 'PersonIdentityAmended',
            data: {
              personId,
              partnershipId,
              identity: personalData(personId, command.identity),
              searchIndex: personalData(personId, command.searchIndex),
            },
          },
        ];
      }
      default:
        return assertNever(command);
    }
  },
};
