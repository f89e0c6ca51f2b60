import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'occurredAt' | 'actorRoles' | 'subjectIds' | 'method' | 'route' | 'recordKind' | 'recordId' | 'partnershipId' | 'correlationId' | 'purpose' | 'status'> &
  Partial<Pick<AuditEntry, 'actorRoles' | 'subjectIds' | 'method' | 'route' | 'recordKind' | 'recordId' | 'partnershipId' | 'correlationId' | 'purpose' | 'status'>>;

export interface AuditQuery {
  /** A data subject id (matches the entry's subjects or its record id). */
  person?: string;
  user?: string;
  from?: Date;
  to?: Date;
  /** Entries with no partnership, or one of these. */
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
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: NewAuditEntry): Promise<void> {
    // updateEntity(false): nothing to read back (no RETURNING), as every command and record read writes one.
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AuditEntry)
      .updateEntity(false)
      .values({
        actorRoles: [],
        subjectIds: [],
        method: null,
        route: null,
        recordKind: null,
        recordId: null,
        partnershipId: null,
        correlationId: null,
        purpose: null,
        status: null,
        ...entry,
      })
      .execute();
  }

  async query(query: AuditQuery): Promise<AuditPage> {
    const builder = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where('(e.partnership_id IS NULL OR e.partnership_id = ANY(:partnerships))', { partnerships: [...query.partnerships] });
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
