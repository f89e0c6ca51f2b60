import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One record of a victim in a service (cross_service_contacts): a MARAC case, a victim-service case, a Case Review
 * application, with the date of first contact. Ids, a service code and a date: no personal data. Analysts never
 * read it directly: the answers built from it carry pseudonyms, quarters and suppressed counts.
 */
@Entity({ name: 'cross_service_contacts' })
@Index('cross_service_contacts_partnership_idx', ['partnershipId', 'personId'])
export class CrossServiceContact {
  @PrimaryColumn({ type: 'text', name: 'record_id' })
  recordId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  /** The victim's person record id as the record named it (merges are followed when read). */
  @Column({ type: 'text', name: 'person_id' })
  personId: string;

  /** `marac`, a victim service's kind (`asb-support`, `idva`, ...), or `case-review`. */
  @Column({ type: 'text' })
  service: string;

  @Column({ type: 'date', name: 'first_contact_on' })
  firstContactOn: string;
}

/** A victim service's kind, for naming its cases' service (cross_service_victim_services). */
@Entity({ name: 'cross_service_victim_services' })
export class CrossServiceVictimService {
  @PrimaryColumn({ type: 'text', name: 'service_id' })
  serviceId: string;

  @Column({ type: 'text' })
  kind: string;
}
