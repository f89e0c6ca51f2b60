import { assertNever } from '@app/domain';
import type { EventEnvelope } from '@app/event-store';
import { dispatch, DurableProcessManager, type ProcessManager, type Reaction } from '@app/kit';
import { PERSON_MERGES_STREAM_CATEGORY, type PersonMergedInto, type PersonUnmerged } from '@app/people';
import { RedecideMergedHistoryCommand } from '../application/redecide-merged-history/redecide-merged-history.command.js';

export const PEOPLE_MERGES_PROCESS_MANAGER = 'marac_people_merges';

/**
 * Merges and unmerges of people (the people context's ledger) reach MARAC here: the repeat decision is a
 * fact recorded on each case, so a merge that changes it records that too.
 * - PersonMergedInto: the merged person's victims' referrals decided again on their shared history.
 * - PersonUnmerged: both people's, each on their own history again.
 * Command ids derive from the event ids (kit), so a replay reclassifies nothing twice.
 */
@DurableProcessManager()
export class PeopleMergesProcessManager implements ProcessManager {
  readonly name = PEOPLE_MERGES_PROCESS_MANAGER;
  readonly eventTypes = ['PersonMergedInto', 'PersonUnmerged'];
  readonly categories = [PERSON_MERGES_STREAM_CATEGORY];

  react({ event }: EventEnvelope<PersonMergedInto | PersonUnmerged>): Reaction[] {
    switch (event.type) {
      case 'PersonMergedInto': {
        const input = { partnershipId: event.data.partnershipId, personIds: [event.data.intoPersonId], reason: 'people-merged' as const };
        return [dispatch((context) => new RedecideMergedHistoryCommand(input, context))];
      }
      case 'PersonUnmerged': {
        const { partnershipId, personId, fromPersonId } = event.data;
        const input = { partnershipId, personIds: [personId, fromPersonId], reason: 'people-unmerged' as const };
        return [dispatch((context) => new RedecideMergedHistoryCommand(input, context))];
      }
      default:
        return assertNever(event);
    }
  }
}
