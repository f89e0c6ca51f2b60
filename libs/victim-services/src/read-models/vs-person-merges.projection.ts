import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import { batchRows, bulk, type Projection } from '@app/projections';
import { PERSON_MERGES_STREAM_CATEGORY, type PersonMergesEvent } from '@app/people';

/**
 * vs_person_merges from the partnerships' merge ledgers (`person_merges-<partnershipId>`): PersonMergedInto
 * sets a record's edge, PersonUnmerged clears it. Nothing is re-keyed: vs_reports keeps the ids recorded,
 * and VictimReportsReader reads each through these edges as the person it is now. Guarded by the ledger's
 * revision, so a batch applied twice writes nothing twice. The merge reason (personal data) is never read.
 */
export const victimPersonMergesProjection: Projection = {
  name: 'vs_person_merges',
  readsPersonalData: false,
  filter: { categories: [PERSON_MERGES_STREAM_CATEGORY] },
  tables: ['vs_person_merges'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    // The last change of each record in the batch (a merge, unmerge and merge again leaves the last).
    const latest = new Map<string, { partnership_id: string; person_id: string; merged_into: string | null; last_revision: number }>();
    for (const { event, revision } of envelopes as EventEnvelope<PersonMergesEvent>[]) {
      if (event.type !== 'PersonMergedInto' && event.type !== 'PersonUnmerged') continue;
      const { partnershipId, personId } = event.data;
      const mergedInto = event.type === 'PersonMergedInto' ? event.data.intoPersonId : null;
      latest.set(`${partnershipId}\u0000${personId}`, {
        partnership_id: partnershipId,
        person_id: personId,
        merged_into: mergedInto,
        last_revision: revision,
      });
    }
    await bulk(
      manager,
      `INSERT INTO vs_person_merges (partnership_id, person_id, merged_into, last_revision)
       SELECT partnership_id, person_id, merged_into, last_revision
       FROM ${batchRows('x', 'partnership_id text, person_id text, merged_into text, last_revision integer')}
       ON CONFLICT (partnership_id, person_id) DO UPDATE SET merged_into = EXCLUDED.merged_into, last_revision = EXCLUDED.last_revision
       WHERE vs_person_merges.last_revision < EXCLUDED.last_revision`,
      [...latest.values()],
    );
  },
};
