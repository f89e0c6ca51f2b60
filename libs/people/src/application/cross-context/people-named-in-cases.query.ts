import { Query } from '@nestjs/cqrs';

/** One person and how many case records of another context name them in a role. */
export interface PersonCaseCount {
  personId: string;
  cases: number;
}

/**
 * System query between contexts, answered by the context that keeps the cases (MARAC answers
 * `role: 'perpetrator'`): the people of a partnership whom at least `minimumCases` of its (not voided) cases
 * name in that role, with how many; never who else the cases name. Counts are per person record id as the
 * cases recorded it; follow merges with CanonicalPersonIdsQuery.
 */
export class PeopleNamedInCasesQuery extends Query<PersonCaseCount[]> {
  constructor(readonly input: { partnershipId: string; role: 'perpetrator'; minimumCases?: number }) {
    super();
  }
}
