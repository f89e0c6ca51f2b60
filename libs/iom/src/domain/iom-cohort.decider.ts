import { assertNever, IllegalStateError, InvalidCommandError, requireText, requireWholeNumber, type Decider } from '@app/domain';
import { DEFAULT_BEFORE_AFTER_MONTHS, DEFAULT_OFFENCE_CATEGORIES, DEFAULT_STRANDS, type OffenceCategory } from './iom-defaults.js';
import type { IomCohortEvent, IomCohortRegistered } from './iom-cohort.events.js';

export interface RegisterCohort {
  type: 'RegisterCohort';
  cohortId: string;
  partnershipId: string;
  area: string;
  name: string;
  strands?: string[];
  offenceCategories?: OffenceCategory[];
  beforeAfterMonths?: number;
}
export type IomCohortCommand = RegisterCohort;

export type RegisteredCohort = { status: 'registered' } & IomCohortRegistered['data'];
export type IomCohortState = { status: 'unregistered' } | RegisteredCohort;

function requireDistinct(values: readonly string[], what: string): void {
  if (new Set(values.map((value) => value.toLowerCase())).size !== values.length)
    throw new InvalidCommandError(`${what} must be distinct.`);
}

/**
 * The cohort registry (`iom_cohort-<cohortId>`): registered once (409 the second time) under a partnership
 * and an area, with its strands (default Fixed, Flex, Free) and its offence categories with their
 * neighbourhood-crime flag and severity weight (default the Home Office-style groups).
 */
export const iomCohortDecider: Decider<IomCohortCommand, IomCohortState, IomCohortEvent> = {
  initialState: () => ({ status: 'unregistered' }),
  evolve(state, event) {
    switch (event.type) {
      case 'IomCohortRegistered':
        return { status: 'registered', ...event.data };
      default:
        return assertNever(event.type);
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'RegisterCohort': {
        if (state.status === 'registered') throw new IllegalStateError('This cohort is already registered.');
        requireText(command.area, 'The area is required.');
        requireText(command.name, 'The cohort name is required.');
        const strands = command.strands ?? [...DEFAULT_STRANDS];
        if (strands.length === 0) throw new InvalidCommandError('A cohort needs at least one strand.');
        strands.forEach((strand) => requireText(strand, 'A strand name cannot be empty.'));
        requireDistinct(strands, 'Strand names');
        const offenceCategories = command.offenceCategories ?? DEFAULT_OFFENCE_CATEGORIES.map((category) => ({ ...category }));
        if (offenceCategories.length === 0) throw new InvalidCommandError('A cohort needs at least one offence category.');
        for (const category of offenceCategories) {
          requireText(category.code, 'An offence category code cannot be empty.');
          requireText(category.label, 'An offence category label cannot be empty.');
          if (!(typeof category.severityWeight === 'number' && Number.isFinite(category.severityWeight) && category.severityWeight >= 0))
            throw new InvalidCommandError('A severity weight must be a number of zero or more.');
        }
        requireDistinct(
          offenceCategories.map((category) => category.code),
          'Offence category codes',
        );
        const beforeAfterMonths = command.beforeAfterMonths ?? DEFAULT_BEFORE_AFTER_MONTHS;
        requireWholeNumber(beforeAfterMonths, 1, 'The before/after window must be a whole number of months, at least 1.');
        if (beforeAfterMonths > 60) throw new InvalidCommandError('The before/after window can be at most 60 months.');
        return [
          {
            type: 'IomCohortRegistered',
            data: {
              cohortId: command.cohortId,
              partnershipId: command.partnershipId,
              area: command.area.trim(),
              name: command.name.trim(),
              strands: strands.map((strand) => strand.trim()),
              offenceCategories: offenceCategories.map(({ code, label, neighbourhoodCrime, severityWeight }) => ({
                code,
                label,
                neighbourhoodCrime: Boolean(neighbourhoodCrime),
                severityWeight,
              })),
              beforeAfterMonths,
            },
          },
        ];
      }
      default:
        return assertNever(command.type);
    }
  },
};
