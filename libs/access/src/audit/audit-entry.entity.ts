import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row of the append-only audit log: who did or read what, when, through which endpoint. */
@Entity({ name: 'audit_log' })
@Index('audit_log_actor', ['actor', 'occurredAt'])
@Index('audit_log_occurred_at', ['occurredAt'])
@Index('audit_log_subjects', ['subjectIds'], { type: 'gin' })
@Index('audit_log_record', ['recordId'])
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

  /** `read` (a person's record), `command` (any change), `erasure`, `retention-erasure`. */
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

  @Column({ type: 'text', name: 'partnership_id', nullable: true })
  partnershipId: string | null;

  @Column({ type: 'text', name: 'correlation_id', nullable: true })
  correlationId: string | null;

  /** Why: the X-Access-Purpose header a client sent, or the reason of an erasure. */
  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  /** `success`, `denied` (403/404) or `failed`, with the HTTP status when there was one. */
  @Column({ type: 'text' })
  outcome: string;

  @Column({ type: 'int', nullable: true })
  status: number | null;
}
