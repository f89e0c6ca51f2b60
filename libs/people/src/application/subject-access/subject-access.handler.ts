import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  assertCallerRole,
  AuditLog,
  ERASURE_CATEGORY,
  noteAudit,
  SubjectAccessSources,
  type AuditEntry,
  type PersonalDataErased,
} from '@app/access';
import { EVENT_STORE, EventCodec, streamName, type EventStore } from '@app/event-store';
import { PeopleRecords, personStream } from '../people-records.js';
import {
  SubjectAccessExportQuery,
  type SubjectAccessAuditEntry,
  type SubjectAccessEvent,
  type SubjectAccessExport,
} from './subject-access.query.js';
import { withholdOthers } from './withhold-others.js';

const AUDIT_PAGE = 500;

/**
 * Reads the person's streams in every context (each registered SubjectAccessSource names its own, from its read
 * model) and the person's own record straight from the log, decrypted; other people's personal data withheld;
 * the audit log's entries about any record of the person in the partnership. The export is itself audited
 * (kind `subject_access`) by the route.
 */
@QueryHandler(SubjectAccessExportQuery)
export class SubjectAccessExportHandler implements IQueryHandler<SubjectAccessExportQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: EventCodec,
    private readonly records: PeopleRecords,
    private readonly sources: SubjectAccessSources,
    private readonly auditLog: AuditLog,
  ) {}

  async execute({ caller, input }: SubjectAccessExportQuery): Promise<SubjectAccessExport> {
    noteAudit({ recordKind: 'subject_access', recordId: input.personId, subjectIds: [input.personId] });
    assertCallerRole(caller, 'admin');
    const person = await this.records.resolve(caller, input.personId);
    noteAudit({ partnershipId: person.partnershipId, subjectIds: person.recordIds });
    const subjects = new Set(person.recordIds);
    const eventsOf = async (streams: readonly string[]): Promise<SubjectAccessEvent[]> => {
      const events: SubjectAccessEvent[] = [];
      for (const stream of streams)
        for (const envelope of await this.codec.decode(await this.store.readStream(stream)))
          events.push({
            type: envelope.event.type,
            stream,
            revision: envelope.revision,
            occurredAt: envelope.metadata.occurredAt,
            recordedBy: envelope.metadata.actor,
            data: withholdOthers(envelope.event.data, subjects) as Record<string, unknown>,
          });
      return events;
    };
    const contexts = [{ context: 'People', events: await eventsOf(person.recordIds.map(personStream)) }];
    for (const source of this.sources.all())
      contexts.push({ context: source.name, events: await eventsOf(await source.streamsAbout(person.recordIds, person.partnershipId)) });
    const [record] = await this.records.read([person.personId]);
    return {
      personId: person.personId,
      recordIds: person.recordIds,
      partnershipId: person.partnershipId,
      exportedAt: new Date().toISOString(),
      exportedBy: caller.id,
      erased: await this.erasureOf(person.personId),
      identity: record?.identity ?? null,
      contexts,
      audit: await this.auditOf(person.recordIds, person.partnershipId),
    };
  }

  private async erasureOf(personId: string): Promise<SubjectAccessExport['erased']> {
    const events = await this.codec.decode<PersonalDataErased>(await this.store.readStream(streamName(ERASURE_CATEGORY, personId)), {
      revealPersonalData: false,
    });
    const erased = events.find((e) => e.event.type === 'PersonalDataErased');
    return erased ? { erasedAt: erased.event.data.erasedAt, basis: erased.event.data.basis } : null;
  }

  /** Every entry about any of the records, oldest first, once each. */
  private async auditOf(recordIds: readonly string[], partnershipId: string): Promise<SubjectAccessAuditEntry[]> {
    const entries = new Map<string, AuditEntry>();
    for (const person of recordIds)
      for (let page = 1; ; page++) {
        const answer = await this.auditLog.query({ person, partnerships: [partnershipId], page, pageSize: AUDIT_PAGE });
        for (const entry of answer.items) entries.set(entry.id, entry);
        if (page * AUDIT_PAGE >= answer.total) break;
      }
    return [...entries.values()]
      .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || Number(a.id) - Number(b.id))
      .map((e) => ({
        occurredAt: e.occurredAt.toISOString(),
        actor: e.actor,
        action: e.action,
        route: e.route,
        recordKind: e.recordKind,
        recordId: e.recordId,
        purpose: e.purpose,
        sharingBasis: e.sharingBasis,
        outcome: e.outcome,
      }));
  }
}
