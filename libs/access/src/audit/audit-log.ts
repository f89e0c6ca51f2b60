import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { EVENT_STORE_POOL } from '@app/platform';
import { AuditEntry } from './audit-entry.entity.js';

type OptionalField =
  | 'actorRoles'
  | 'actorPartnerships'
  | 'clientAddress'
  | 'subjectIds'
  | 'method'
  | 'route'
  | 'recordKind'
  | 'recordId'
  | 'partnershipId'
  | 'correlationId'
  | 'purpose'
  | 'sharingBasis'
  | 'status';
export type NewAuditEntry = Omit<AuditEntry, 'id' | 'occurredAt' | 'count' | 'countedKey' | OptionalField> &
  Partial<Pick<AuditEntry, OptionalField>>;

export interface AuditQuery {
  /** A data subject id (matches the entry's subjects or its record id). */
  person?: string;
  user?: string;
  from?: Date;
  to?: Date;
  /**
   * The auditor's partnerships: entries about a record of one of these, and entries that name no record's
   * partnership made by a user of one of these. Entries of no partnership at all (refusals of callers
   * without a valid token) are never answered here: they name nobody's data and are for operators.
   */
  partnerships: readonly string[];
  page: number;
  pageSize: number;
}

export interface AuditPage {
  items: AuditEntry[];
  page: number;
  pageSize: number;
  total: number;
}

/** Writes and queries the append-only audit log. Writing is part of the request: no entry, no answer. */
@Injectable()
export class AuditLog {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE_POOL) private readonly pool: pg.Pool,
  ) {}

  async record(entry: NewAuditEntry): Promise<void> {
    // One prepared statement on the pg pool, nothing read back: every command and record read writes one, and
    // TypeORM (its query builder's metadata walk, then a query runner per call) cost more CPU than the insert.
    const row = withDefaults(entry);
    await this.pool.query({
      name: 'audit_record',
      text: `INSERT INTO audit_log (actor, actor_roles, actor_partnerships, client_address, action, method, route, record_kind, record_id,
         subject_ids, partnership_id, correlation_id, purpose, outcome, status, sharing_basis)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      values: [
        row.actor,
        row.actorRoles,
        row.actorPartnerships,
        row.clientAddress,
        row.action,
        row.method,
        row.route,
        row.recordKind,
        row.recordId,
        row.subjectIds,
        row.partnershipId,
        row.correlationId,
        row.purpose,
        row.outcome,
        row.status,
        row.sharingBasis,
      ],
    });
  }

  /**
   * Adds `count` refusals to the counted entry of `key` (one per caller, status and minute), creating it with
   * this entry's details the first time: one row however many requests were refused.
   */
  async count(key: string, count: number, entry: NewAuditEntry): Promise<void> {
    const row = withDefaults(entry);
    // TypeORM's upsert can only overwrite a column, not add to it.
    await this.dataSource.query(
      `INSERT INTO audit_log (actor, actor_roles, actor_partnerships, client_address, action, method, route, partnership_id, outcome, status, count, counted_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (counted_key) DO UPDATE SET count = audit_log.count + EXCLUDED.count`,
      [
        row.actor,
        row.actorRoles,
        row.actorPartnerships,
        row.clientAddress,
        row.action,
        row.method,
        row.route,
        row.partnershipId,
        row.outcome,
        row.status,
        count,
        key,
      ],
    );
  }

  async query(query: AuditQuery): Promise<AuditPage> {
    const builder = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where('(e.partnership_id = ANY(:partnerships) OR (e.partnership_id IS NULL AND e.actor_partnerships && :partnerships::text[]))', {
        partnerships: [...query.partnerships],
      });
    if (query.person !== undefined) builder.andWhere('(:person = ANY(e.subject_ids) OR e.record_id = :person)', { person: query.person });
    if (query.user !== undefined) builder.andWhere('e.actor = :user', { user: query.user });
    if (query.from !== undefined) builder.andWhere('e.occurred_at >= :from', { from: query.from });
    if (query.to !== undefined) builder.andWhere('e.occurred_at < :to', { to: query.to });
    const [items, total] = await builder
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, page: query.page, pageSize: query.pageSize, total };
  }
}

function withDefaults(entry: NewAuditEntry) {
  return {
    actorRoles: [],
    actorPartnerships: [],
    clientAddress: null,
    subjectIds: [],
    method: null,
    route: null,
    recordKind: null,
    recordId: null,
    partnershipId: null,
    correlationId: null,
    purpose: null,
    sharingBasis: null,
    status: null,
    ...entry,
  };
}
