import { IllegalStateError, InvalidCommandError } from '@app/domain';
import { given } from '@app/testing';
import { iomCohortDecider, type RegisterCohort } from './iom-cohort.decider.js';
import { DEFAULT_OFFENCE_CATEGORIES } from './iom-defaults.js';
import type { IomCohortRegistered } from './iom-cohort.events.js';

const register: RegisterCohort = { type: 'RegisterCohort', cohortId: 'c1', partnershipId: 'p1', area: 'North', name: ' North IOM ' };
const registered: IomCohortRegistered = {
  type: 'IomCohortRegistered',
  data: {
    cohortId: 'c1',
    partnershipId: 'p1',
    area: 'North',
    name: 'North IOM',
    strands: ['Fixed', 'Flex', 'Free'],
    offenceCategories: DEFAULT_OFFENCE_CATEGORIES.map((category) => ({ ...category })),
    beforeAfterMonths: 12,
  },
};

describe('IOM cohort decider', () => {
  it('registers a cohort with the default strands, offence categories and a 12-month before/after window', () => {
    given(iomCohortDecider).when(register).then([registered]);
  });

  it('registers a cohort with its own strands, categories and window', () => {
    const categories = [{ code: 'burglary', label: 'Burglary', neighbourhoodCrime: true, severityWeight: 3 }];
    given(iomCohortDecider)
      .when({ ...register, strands: ['Fixed', 'Domestic abuse'], offenceCategories: categories, beforeAfterMonths: 6 })
      .then([
        {
          type: 'IomCohortRegistered',
          data: { ...registered.data, strands: ['Fixed', 'Domestic abuse'], offenceCategories: categories, beforeAfterMonths: 6 },
        },
      ]);
  });

  it('refuses a second registration (409)', () => {
    given(iomCohortDecider, [registered])
      .when(register)
      .thenThrows(IllegalStateError, /already registered/);
  });

  it.each([
    [{ area: ' ' }, /area is required/],
    [{ name: '' }, /name is required/],
    [{ strands: [] }, /at least one strand/],
    [{ strands: ['Fixed', 'fixed'] }, /Strand names must be distinct/],
    [{ offenceCategories: [] }, /at least one offence category/],
    [{ offenceCategories: [{ code: 'a', label: 'A', neighbourhoodCrime: false, severityWeight: -1 }] }, /severity weight/],
    [
      {
        offenceCategories: [
          { code: 'a', label: 'A', neighbourhoodCrime: false, severityWeight: 1 },
          { code: 'a', label: 'B', neighbourhoodCrime: false, severityWeight: 1 },
        ],
      },
      /codes must be distinct/,
    ],
    [{ beforeAfterMonths: 0 }, /whole number of months/],
    [{ beforeAfterMonths: 61 }, /at most 60/],
  ])('refuses a cohort with %j (400)', (change, message) => {
    given(iomCohortDecider)
      .when({ ...register, ...change })
      .thenThrows(InvalidCommandError, message);
  });
});
