import { assertNever, IllegalStateError, InvalidCommandError, personalData, requireId, requireText, type Decider } from '@app/domain';
import type { PersonMergesCommand } from './person.commands.js';
import type { PersonMergesEvent } from './person-merges.events.js';

/** The partnership's merge forest: each merged person id and the person it was merged into. */
export interface PersonMergesState {
  mergedInto: ReadonlyMap<string, string>;
}

/** The person a record reads as: follows merges to the end (a record never merged is its own). */
export function canonicalPersonId(state: PersonMergesState, personId: string): string {
  let current = personId;
  for (let next = state.mergedInto.get(current); next !== undefined; next = state.mergedInto.get(current)) current = next;
  return current;
}

/** Every record that reads as `personId`'s person (its canonical id's whole tree), the canonical first. */
export function personGroupOf(state: PersonMergesState, personId: string): string[] {
  const canonical = canonicalPersonId(state, personId);
  const others = [...state.mergedInto.keys()].filter((id) => canonicalPersonId(state, id) === canonical).sort();
  return [canonical, ...others];
}

export const MAX_MERGE_REASON = 2000;

/**
 * - MergePerson: `personId` (the duplicate, with whatever was merged into it) joins `intoPersonId`'s
 *   person. Refused: the same record (400), a record already merged (409: unmerge it first), a merge that
 *   would make a person part of itself (409).
 * - UnmergePerson: undoes the merge of `personId`; 409 when it is not merged.
 * The reason is free text (personal data, under the duplicate's key).
 */
export const personMergesDecider: Decider<PersonMergesCommand, PersonMergesState, PersonMergesEvent> = {
  initialState: () => ({ mergedInto: new Map() }),

  evolve(state, event) {
    const mergedInto = new Map(state.mergedInto);
    switch (event.type) {
      case 'PersonMergedInto':
        mergedInto.set(event.data.personId, event.data.intoPersonId);
        return { mergedInto };
      case 'PersonUnmerged':
        mergedInto.delete(event.data.personId);
        return { mergedInto };
      default:
        return assertNever(event);
    }
  },

  decide(command, state) {
    requireId(command.personId, 'person id');
    requireText(command.reason, 'The reason is missing.');
    if (command.reason.length > MAX_MERGE_REASON)
      throw new InvalidCommandError(`The reason must be at most ${MAX_MERGE_REASON} characters.`);
    const reason = personalData(command.personId, { text: command.reason.trim() });
    const { personId, partnershipId, by } = command;
    switch (command.type) {
      case 'MergePerson': {
        requireId(command.intoPersonId, 'person id to merge into');
        if (command.intoPersonId === personId) throw new InvalidCommandError('A person record cannot be merged into itself.');
        if (state.mergedInto.has(personId)) {
          throw new IllegalStateError('This person record is already merged into another; unmerge it first.');
        }
        if (canonicalPersonId(state, command.intoPersonId) === personId) {
          throw new IllegalStateError('That person record is already merged into this one.');
        }
        return [{ type: 'PersonMergedInto', data: { personId, intoPersonId: command.intoPersonId, partnershipId, reason, by } }];
      }
      case 'UnmergePerson': {
        const fromPersonId = state.mergedInto.get(personId);
        if (fromPersonId === undefined) throw new IllegalStateError('This person record is not merged into another.');
        return [{ type: 'PersonUnmerged', data: { personId, fromPersonId, partnershipId, reason, by } }];
      }
      default:
        return assertNever(command);
    }
  },
};
