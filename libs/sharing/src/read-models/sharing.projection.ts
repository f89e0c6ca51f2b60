import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import { batchRows, bulk, type Projection } from '@app/projections';
import type { SharingEvent } from '../domain/index.js';

const DECISION = { ConsentGiven: 'given', ConsentRefused: 'refused', ConsentWithdrawn: 'withdrawn' } as const;

/**
 * sharing_statuses and sharing_shares from the people's sharing streams. Consent and the decision to share
 * without consent are two halves of a row, each guarded by its own stream revision, so a batch applied twice
 * (or a consent and a decision in one batch, in any order) leaves the latest of each.
 */
export const sharingProjection: Projection = {
  name: 'sharing',
  readsPersonalData: false,
  filter: { categories: ['sharing'] },
  tables: ['sharing_statuses', 'sharing_shares'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const consents = new Map<string, object>();
    const bases = new Map<string, object>();
    const shares: object[] = [];
    for (const envelope of envelopes) {
      const event = envelope.event as SharingEvent;
      const key = {
        person_id: event.data.personId,
        agency: event.data.agency,
        purpose: event.data.purpose,
        partnership_id: event.data.partnershipId,
      };
      const id = `${key.person_id}|${key.agency}|${key.purpose}`;
      switch (event.type) {
        case 'ConsentGiven':
        case 'ConsentRefused':
        case 'ConsentWithdrawn':
          consents.set(id, {
            ...key,
            consent: DECISION[event.type],
            consent_on: event.data.on,
            consent_how: event.data.how,
            consent_recorded_by: event.data.recordedBy,
            revision: envelope.revision,
          });
          break;
        case 'SharingWithoutConsentDecided':
          bases.set(id, {
            ...key,
            basis: event.data.basis,
            basis_decided_by: event.data.decidedBy,
            basis_on: event.data.on,
            basis_recorded_by: event.data.recordedBy,
            revision: envelope.revision,
          });
          break;
        case 'InformationShared': {
          const d = event.data;
          shares.push({
            share_id: d.shareId,
            person_id: d.personId,
            partnership_id: d.partnershipId,
            agency: d.agency,
            purpose: d.purpose,
            shared_on: d.on,
            standing: d.standing,
            basis: d.basis,
            recorded_by: d.recordedBy,
          });
          break;
        }
        default:
          break;
      }
    }
    await upsertHalf(manager, 'consent', { consent: 'text', consent_on: 'date', consent_how: 'text', consent_recorded_by: 'text' }, [
      ...consents.values(),
    ]);
    await upsertHalf(manager, 'basis', { basis: 'text', basis_decided_by: 'text', basis_on: 'date', basis_recorded_by: 'text' }, [
      ...bases.values(),
    ]);
    await bulk(
      manager,
      `INSERT INTO sharing_shares (share_id, person_id, partnership_id, agency, purpose, shared_on, standing, basis, recorded_by)
       SELECT * FROM ${batchRows('b', 'share_id text, person_id text, partnership_id text, agency text, purpose text, shared_on date, standing text, basis text, recorded_by text')}
       ON CONFLICT (share_id) DO NOTHING`,
      shares,
    );
  },
};

/**
 * One half of sharing_statuses rows (the consent, or the decision to share without it) with its columns and
 * their types, each half guarded by its own stream revision (`<half>_revision`): an older event never
 * overwrites a newer one, and the other half of the row stays as it is.
 */
async function upsertHalf(
  manager: EntityManager,
  half: 'consent' | 'basis',
  columns: Record<string, string>,
  rows: object[],
): Promise<void> {
  const names = Object.keys(columns);
  const revision = `${half}_revision`;
  await bulk(
    manager,
    `INSERT INTO sharing_statuses (person_id, agency, purpose, partnership_id, ${names.join(', ')}, ${revision})
     SELECT person_id, agency, purpose, partnership_id, ${names.join(', ')}, revision
     FROM ${batchRows('b', `person_id text, agency text, purpose text, partnership_id text, ${names.map((name) => `${name} ${columns[name]}`).join(', ')}, revision int`)}
     ON CONFLICT (person_id, agency, purpose) DO UPDATE SET ${[...names, revision].map((name) => `${name} = EXCLUDED.${name}`).join(', ')}
     WHERE sharing_statuses.${revision} < EXCLUDED.${revision}`,
    rows,
  );
}
