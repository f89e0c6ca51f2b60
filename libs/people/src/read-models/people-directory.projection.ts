import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import { streamId, type Projection } from '@app/projections';
import { ERASURE_CATEGORY } from '@app/access';
import { PERSON_STREAM_CATEGORY, type PersonEvent } from '../domain/index.js';
import { erasePeopleIndex, writePeopleIndex, type IndexedPerson } from './people-index-writes.js';

/**
 * The people directory and its blind index, from the person streams: each registration or amendment
 * brings the person's index tokens (decrypted from their envelope: the projector needs no index key).
 * PersonalDataErased deletes the subject's tokens; in a rebuild an erased person's envelope reads back
 * null, so no tokens are written for them at all.
 */
export const peopleDirectoryProjection: Projection = {
  name: 'people_directory',
  filter: { categories: [PERSON_STREAM_CATEGORY, ERASURE_CATEGORY] },
  tables: ['people_directory', 'people_search_tokens'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    let people: IndexedPerson[] = [];
    for (const envelope of envelopes) {
      if (envelope.event.type === 'PersonalDataErased') {
        // Erasures apply in order with the writes around them.
        await writePeopleIndex(manager, people);
        people = [];
        await erasePeopleIndex(manager, [(envelope.event.data as { subjectId?: string }).subjectId ?? streamId(envelope.streamName)]);
        continue;
      }
      const event = envelope.event as PersonEvent;
      people.push({
        personId: event.data.personId,
        partnershipId: event.data.partnershipId,
        revision: envelope.revision,
        tokens: event.data.searchIndex.personal?.tokens ?? null,
      });
    }
    await writePeopleIndex(manager, people);
  },
};
