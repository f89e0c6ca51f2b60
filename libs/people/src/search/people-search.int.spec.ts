import { randomUUID } from 'node:crypto';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { startTestApp, type TestApp } from '@app/testing';
import { populationPerson, scoreSearchSet, searchCases } from '../../../../test/support/people-search-set.js';
import { FindPeopleQuery } from '../application/find-people/find-people.query.js';
import { RegisterPersonCommand } from '../application/register-person/register-person.command.js';
import { peopleContext } from '../people.context.js';
import { PeopleSearch, SELECTIVE_TOKEN_HITS } from './people-search.js';

/**
 * The search test set at a small size (the benchmark runs it at 500,000 people): people registered through
 * the command, searched with typical slips through the query, and the thresholds of issue 11 asserted:
 * the right person in the first three results for at least 95% of searches, and a wrong person first in at
 * most one search in ten.
 */
const PARTNERSHIP = 'csp-search-set';
const SEED = 11;
const PEOPLE = 1500;
const SEARCHES = 240;
const caller: AuthenticatedUser = { id: 'search-set', roles: ['coordinator'], partnerships: [PARTNERSHIP] };
const context = (): CommandContext => ({
  commandId: randomUUID(),
  correlationId: 'search-set',
  causationId: 'search-set',
  actor: caller.id,
  occurredAt: new Date().toISOString(),
});

describe('people search: the test set of names with typical slips', () => {
  let harness: TestApp;
  const indexOf = new Map<string, number>();

  beforeAll(async () => {
    harness = await startTestApp([peopleContext], { RUN_PROJECTIONS: 'false' });
    const commands = harness.app.get(CommandBus);
    for (let i = 0; i < PEOPLE; i++) {
      const person = populationPerson(SEED, i);
      const { personId } = await commands.execute(
        new RegisterPersonCommand(caller, context(), {
          partnershipId: PARTNERSHIP,
          newPerson: true,
          identity: {
            fullName: person.fullName,
            dateOfBirth: person.dateOfBirth,
            addresses: [{ address: '1 Test Row', postcode: person.postcode }],
          },
        }),
      );
      indexOf.set(personId, i);
    }
  }, 240_000);
  afterAll(() => harness?.close());

  // 0: no token counts as selective, every hit is scored. At 20 a common name's tokens are not selective, and
  // the search narrows to the holders of the date of birth, postcode or rare name, as it does at 500,000 people.
  it.each([
    ['every hit scored', 0],
    ['narrowed at the default', SELECTIVE_TOKEN_HITS],
    ['narrowed to the holders of selective tokens', 20],
  ])(
    'finds the right person in the first three results for 95%% of searches, and puts a wrong one first in at most 10%% (%s)',
    async (_, selectiveTokenHits) => {
      harness.app.get(PeopleSearch).selectiveTokenHits = selectiveTokenHits;
      const queries = harness.app.get(QueryBus);
      const cases = searchCases(SEED, PEOPLE, SEARCHES);
      const results: number[][] = [];
      for (const search of cases) {
        const { people } = await queries.execute(
          new FindPeopleQuery(caller, { name: search.name, dateOfBirth: search.dateOfBirth, postcode: search.postcode, limit: 5 }),
        );
        results.push(people.map((person) => indexOf.get(person.personId) ?? -1));
      }
      const figures = scoreSearchSet(cases, results);
      console.log(
        `people search test set (${PEOPLE} people, ${SEARCHES} searches, selective at ${selectiveTokenHits}): ${JSON.stringify(figures)}`,
      );
      expect(figures.recallTop3).toBeGreaterThanOrEqual(0.95);
      expect(figures.wrongFirstRate).toBeLessThanOrEqual(0.1);
    },
  );
});
