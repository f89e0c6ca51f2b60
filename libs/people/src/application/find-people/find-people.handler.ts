import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit, partnershipsOf } from '@app/access';
import { InvalidCommandError } from '@app/domain';
import { PeopleSearch } from '../../search/people-search.js';
import { CASE_WORKING_ROLES, PARTNERSHIP_NOT_FOUND } from '../people-roles.js';
import { FindPeopleQuery, type FoundPeople } from './find-people.query.js';

export const DEFAULT_SEARCH_LIMIT = 10;

/**
 * The search's audit entry says who searched, with which kinds of term (`name,dateOfBirth`) and the
 * purpose header, and the people found; never the terms themselves.
 */
@QueryHandler(FindPeopleQuery)
export class FindPeopleHandler implements IQueryHandler<FindPeopleQuery> {
  constructor(private readonly search: PeopleSearch) {}

  async execute({ caller, input }: FindPeopleQuery): Promise<FoundPeople> {
    const kinds = (['name', 'dateOfBirth', 'postcode'] as const).filter((kind) => input[kind] !== undefined && input[kind] !== '');
    noteAudit({ recordKind: 'person_search', recordId: kinds.join(','), partnershipId: input.partnershipId });
    assertCallerRole(caller, ...CASE_WORKING_ROLES);
    if (input.partnershipId !== undefined) assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    if (kinds.length === 0) throw new InvalidCommandError('Search by at least one of name, dateOfBirth and postcode.');
    const partnerships = input.partnershipId !== undefined ? [input.partnershipId] : partnershipsOf(caller);
    const found = await this.search.search(partnerships, input, input.limit ?? DEFAULT_SEARCH_LIMIT);
    noteAudit({ subjectIds: found.map((person) => person.personId) });
    return {
      people: found.map(({ personId, partnershipId, identity, score }) => ({
        personId,
        partnershipId,
        fullName: identity.fullName,
        aliases: identity.aliases,
        dateOfBirth: identity.dateOfBirth,
        sex: identity.sex,
        postcodes: [...new Set(identity.addresses.flatMap(({ postcode }) => (postcode ? [postcode] : [])))],
        score,
      })),
    };
  }
}
