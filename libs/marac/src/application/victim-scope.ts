import { NotFoundError } from '@app/domain';
import { streamName, type EventStore } from '@app/event-store';
import { MARAC_VICTIM_STREAM_CATEGORY } from '../domain/index.js';
import { partnershipsOf, type Caller } from '@app/access';

export const PERSON_NOT_FOUND = 'There is no such person in your partnerships.';

/**
 * A victim's MARAC history (`marac_victim-<personId>`: referrals and police call-outs) belongs to the
 * partnerships that wrote it. Naming someone another partnership holds, to refer them or record a
 * call-out, is refused with 404: the answer would otherwise disclose their history (repeat, the
 * previous case, the number of call-outs) across partnerships. A person id nobody holds is a new person.
 */
export async function assertVictimInCallerScope(store: EventStore, caller: Caller, personId: string): Promise<void> {
  const mine = partnershipsOf(caller);
  const history = await store.readStream(streamName(MARAC_VICTIM_STREAM_CATEGORY, personId));
  if (history.some((event) => event.metadata.partnershipId === undefined || !mine.includes(event.metadata.partnershipId))) {
    throw new NotFoundError(PERSON_NOT_FOUND);
  }
}
