import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import { batchRows, bulk, type Projection } from '@app/projections';

/**
 * The few fields this projection reads of other contexts' events, by their stable type strings: libs/cross-service
 * imports no context (contexts never import each other, and this sits beside them). A context renaming a field of
 * these events would break this read model; event types are versioned, never changed in place, so it would be a
 * new schema version with an upcaster that keeps them.
 */
type ReadEvent =
  | { type: 'CaseReferred'; data: { caseId: string; partnershipId: string; referralDate: string; victim: { personId: string } } }
  | { type: 'MaracRecordVoided'; data: { recordKind: string; recordId: string } }
  | { type: 'MaracRecordAmended'; data: { recordKind: string; recordId: string; amended: { referralDate?: string } } }
  | { type: 'VictimServiceRegistered'; data: { serviceId: string; kind: string } }
  | { type: 'VsVictimReferred'; data: { caseId: string; serviceId: string; partnershipId: string; personId: string; referralDate: string } }
  | {
      type: 'CaseReviewApplicationReceived';
      data: { applicationId: string; partnershipId: string; victimPersonId: string; receivedOn: string };
    };

const CONTACT_COLUMNS = 'record_id text, partnership_id text, person_id text, service text, first_contact_on date';

/**
 * cross_service_contacts: one row per MARAC case (its referral; a voided referral removes it, an amended date moves
 * it), victim-service case (service named by the service's kind) and Case Review application (the victim). Rows are
 * keyed by record, so a batch applied twice writes the same rows.
 */
export const crossServiceProjection: Projection = {
  name: 'cross_service',
  readsPersonalData: false,
  filter: { categories: ['marac_case', 'victim_service', 'vs_case', 'case_review'] },
  tables: ['cross_service_contacts', 'cross_service_victim_services'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const kinds = new Map<string, string>();
    const contacts = new Map<
      string,
      { record_id: string; partnership_id: string; person_id: string; service: string; first_contact_on: string }
    >();
    const voided = new Set<string>();
    const moved = new Map<string, string>();
    const victimCases: { record_id: string; partnership_id: string; person_id: string; service_id: string; first_contact_on: string }[] =
      [];
    for (const envelope of envelopes) {
      const event = envelope.event as ReadEvent;
      switch (event.type) {
        case 'CaseReferred':
          contacts.set(event.data.caseId, {
            record_id: event.data.caseId,
            partnership_id: event.data.partnershipId,
            person_id: event.data.victim.personId,
            service: 'marac',
            first_contact_on: event.data.referralDate,
          });
          break;
        case 'MaracRecordVoided':
          if (event.data.recordKind === 'referral') {
            contacts.delete(event.data.recordId);
            voided.add(event.data.recordId);
          }
          break;
        case 'MaracRecordAmended': {
          const date = event.data.amended.referralDate;
          if (event.data.recordKind !== 'referral' || date === undefined) break;
          const contact = contacts.get(event.data.recordId);
          if (contact) contact.first_contact_on = date;
          else moved.set(event.data.recordId, date);
          break;
        }
        case 'VictimServiceRegistered':
          kinds.set(event.data.serviceId, event.data.kind);
          break;
        case 'VsVictimReferred':
          victimCases.push({
            record_id: event.data.caseId,
            partnership_id: event.data.partnershipId,
            person_id: event.data.personId,
            service_id: event.data.serviceId,
            first_contact_on: event.data.referralDate,
          });
          break;
        case 'CaseReviewApplicationReceived':
          contacts.set(event.data.applicationId, {
            record_id: event.data.applicationId,
            partnership_id: event.data.partnershipId,
            person_id: event.data.victimPersonId,
            service: 'case-review',
            first_contact_on: event.data.receivedOn,
          });
          break;
        default:
          break;
      }
    }
    await bulk(
      manager,
      `INSERT INTO cross_service_victim_services (service_id, kind) SELECT service_id, kind FROM ${batchRows('b', 'service_id text, kind text')}
       ON CONFLICT (service_id) DO UPDATE SET kind = EXCLUDED.kind`,
      [...kinds].map(([service_id, kind]) => ({ service_id, kind })),
    );
    await bulk(
      manager,
      `INSERT INTO cross_service_contacts (record_id, partnership_id, person_id, service, first_contact_on)
       SELECT b.record_id, b.partnership_id, b.person_id, s.kind, b.first_contact_on
       FROM ${batchRows('b', `${CONTACT_COLUMNS.replace('service text', 'service_id text')}`)}
       JOIN cross_service_victim_services s ON s.service_id = b.service_id
       ON CONFLICT (record_id) DO NOTHING`,
      victimCases,
    );
    await bulk(
      manager,
      `INSERT INTO cross_service_contacts (record_id, partnership_id, person_id, service, first_contact_on)
       SELECT * FROM ${batchRows('b', CONTACT_COLUMNS)}
       ON CONFLICT (record_id) DO UPDATE SET first_contact_on = EXCLUDED.first_contact_on`,
      [...contacts.values()],
    );
    await bulk(
      manager,
      `DELETE FROM cross_service_contacts c USING ${batchRows('b', 'record_id text')} WHERE c.record_id = b.record_id`,
      [...voided].filter((id) => !contacts.has(id)).map((record_id) => ({ record_id })),
    );
    await bulk(
      manager,
      `UPDATE cross_service_contacts c SET first_contact_on = b.first_contact_on
       FROM ${batchRows('b', 'record_id text, first_contact_on date')} WHERE c.record_id = b.record_id`,
      [...moved].map(([record_id, first_contact_on]) => ({ record_id, first_contact_on })),
    );
  },
};
