import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@app/domain';
import { canonicalPersonId, PERSON_NOT_FOUND } from '../../domain/index.js';
import { PersonMerges } from '../person-merges.js';
import { PeopleRecords } from '../people-records.js';
import { CanonicalPersonIdsQuery, PersonGroupQuery, ResolvePersonQuery } from './resolve-person.query.js';

@QueryHandler(ResolvePersonQuery)
export class ResolvePersonHandler implements IQueryHandler<ResolvePersonQuery> {
  constructor(private readonly records: PeopleRecords) {}

  async execute({ caller, input }: ResolvePersonQuery) {
    const resolved = await this.records.resolve(caller, input.personId);
    if (input.partnershipId !== undefined && resolved.partnershipId !== input.partnershipId) throw new NotFoundError(PERSON_NOT_FOUND);
    if (!input.withIdentity) return resolved;
    const [record] = await this.records.read([resolved.personId]);
    return { ...resolved, identity: record?.identity ?? null };
  }
}

@QueryHandler(PersonGroupQuery)
export class PersonGroupHandler implements IQueryHandler<PersonGroupQuery> {
  constructor(private readonly records: PeopleRecords) {}

  execute({ input }: PersonGroupQuery) {
    return this.records.groupIn(input.partnershipId, input.personId);
  }
}

@QueryHandler(CanonicalPersonIdsQuery)
export class CanonicalPersonIdsHandler implements IQueryHandler<CanonicalPersonIdsQuery> {
  constructor(private readonly merges: PersonMerges) {}

  async execute({ input }: CanonicalPersonIdsQuery): Promise<Record<string, string>> {
    const state = await this.merges.stateOf(input.partnershipId);
    return Object.fromEntries(input.personIds.map((id) => [id, canonicalPersonId(state, id)]));
  }
}
