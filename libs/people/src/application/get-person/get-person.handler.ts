import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { PeopleRecords } from '../people-records.js';
import { CASE_WORKING_ROLES } from '../people-roles.js';
import { GetPersonQuery, type PersonView } from './get-person.query.js';

@QueryHandler(GetPersonQuery)
export class GetPersonHandler implements IQueryHandler<GetPersonQuery> {
  constructor(private readonly records: PeopleRecords) {}

  async execute({ caller, input }: GetPersonQuery): Promise<PersonView> {
    noteAudit({ recordKind: 'person', recordId: input.personId, subjectIds: [input.personId] });
    assertCallerRole(caller, ...CASE_WORKING_ROLES);
    const resolved = await this.records.resolve(caller, input.personId);
    noteAudit({ partnershipId: resolved.partnershipId, subjectIds: resolved.recordIds });
    const [record] = await this.records.read([resolved.personId]);
    return {
      personId: resolved.personId,
      partnershipId: resolved.partnershipId,
      identity: record?.identity ?? null,
      mergedPersonIds: resolved.recordIds.slice(1),
      revision: record?.revision ?? -1,
    };
  }
}
