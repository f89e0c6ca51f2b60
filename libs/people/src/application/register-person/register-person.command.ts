import { CallerCommand } from '@app/access';
import { deriveId } from '@app/event-store';
import type { PersonIdentityInput } from '../../domain/index.js';

export interface RegisterPersonInput {
  partnershipId: string;
  identity: PersonIdentityInput;
  /** The caller has looked and confirms this is nobody already recorded: skip the close-match check. */
  newPerson?: boolean;
}

export interface RegisterPersonResult {
  personId: string;
  partnershipId: string;
  revision: number;
}

/**
 * Find before create: registers a person in a partnership under an id the server makes (derived from the
 * command id with the server's secret: stable for a retry, unguessable), unless they closely match people
 * already there, which is a 409 (`PossibleDuplicatesError`) naming those people's ids, unless `newPerson`.
 * Other contexts dispatch it for the people their records name (with a context whose command id is
 * derived per person, so each registration is its own idempotent command).
 */
export class RegisterPersonCommand extends CallerCommand<RegisterPersonInput, RegisterPersonResult> {}

/** The id a registration under this command id gives its person (the server's: keyed, stable for a retry). */
export function registeredPersonId(commandId: string): string {
  return deriveId(commandId, 'person');
}
