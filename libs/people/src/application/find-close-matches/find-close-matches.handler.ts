import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole } from '@app/access';
import { requireIdentity } from '../../domain/index.js';
import { PeopleSearch } from '../../search/people-search.js';
import { CASE_WORKING_ROLES, PARTNERSHIP_NOT_FOUND } from '../people-roles.js';
import { registeredPersonId } from '../register-person/register-person.command.js';
import { FindCloseMatchesQuery } from './find-close-matches.query.js';

@QueryHandler(FindCloseMatchesQuery)
export class FindCloseMatchesHandler implements IQueryHandler<FindCloseMatchesQuery> {
  constructor(private readonly search: PeopleSearch) {}

  async execute({ caller, input }: FindCloseMatchesQuery) {
    assertCallerRole(caller, ...CASE_WORKING_ROLES);
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const matches = await this.search.closeMatches(input.partnershipId, requireIdentity(input.identity, input.today));
    const itself = input.registeringAs === undefined ? undefined : registeredPersonId(input.registeringAs);
    return { candidates: matches.filter(({ personId }) => personId !== itself).map(({ personId }) => ({ personId })) };
  }
}
