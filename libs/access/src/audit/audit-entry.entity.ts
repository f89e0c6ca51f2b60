import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row of the append-only audit log: who did or read what, when, through which endpoint. */
@Entity({ name: 'audit_log' })
@Index('audit_log_actor', ['actor', 'occurredAt'])
@Index('audit_log_occurred_at', ['occurredAt'])
@Index('audit_log_subjects', ['subjectIds'], { type: 'gin' })
@Index('audit_log_record', ['recordId'])
@Index('audit_log_partnership', ['partnershipId', 'occurredAt'])
@Index('audit_log_counted_key', ['countedKey'], { unique: true })
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'timestamptz', name: 'occurred_at', default: () => 'now()' })
  occurredAt: Date;

  /** The user id (token subject), or `system:<job>` for automatic actions. */
  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text', array: true, name: 'actor_roles', default: () => "'{}'" })
  actorRoles: string[];

  /** The actor's partnerships: whose auditors see an entry that names no record's partnership. */
  @Column({ type: 'text', array: true, name: 'actor_partnerships', default: () => "'{}'" })
  actorPartnerships: string[];

  /** The client's address, kept only for refusals without a verified caller (401, 429 by address). */
  @Column({ type: 'text', name: 'client_address', nullable: true })
  clientAddress: string | null;

  /** `read` (a person's record), `command` (any change), `refusal` (401/403/429 before a handler), `erasure`, `retention-erasure`. */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', nullable: true })
  method: string | null;

  /** The route pattern (`/marac/cases/:caseId`), not the URL: ids are in record_id. */
  @Column({ type: 'text', nullable: true })
  route: string | null;

  @Column({ type: 'text', name: 'record_kind', nullable: true })
  recordKind: string | null;

  @Column({ type: 'text', name: 'record_id', nullable: true })
  recordId: string | null;

  /** The data subjects (people) whose record this touched. */
  @Column({ type: 'text', array: true, name: 'subject_ids', default: () => "'{}'" })
  subjectIds: string[];

  /** The partnership of the record; null when no record was known (then the actor's partnerships scope it). */
  @Column({ type: 'text', name: 'partnership_id', nullable: true })
  partnershipId: string | null;

  @Column({ type: 'text', name: 'correlation_id', nullable: true })
  correlationId: string | null;

  /**
   * On what basis the record was shared with the reader: each standing of the agencies for the context's purpose
   * (`default-basis:crime-and-disorder-act-s115`, `consent`, `basis:vital-interests`, `none`); null where none applies.
   */
  @Column({ type: 'text', name: 'sharing_basis', nullable: true })
  sharingBasis: string | null;

  /** Why: the X-Access-Purpose header a client sent, or the reason of an erasure. */
  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  /** `success`, `denied` (403/404), `unauthenticated` (401), `rate-limited` (429) or `failed`, with the HTTP status when there was one. */
  @Column({ type: 'text' })
  outcome: string;

  @Column({ type: 'int', nullable: true })
  status: number | null;

  /** How many refusals a counted entry stands for (401s and 429s: one entry per caller, status and minute); 1 otherwise. */
  @Column({ type: 'int', default: 1 })
  count: number;

  /** `<minute>|<status>|<caller>` for a counted entry, the only kind whose count may rise; null for the rest. */
  @Column({ type: 'text', name: 'counted_key', nullable: true })
  countedKey: string | null;
}
