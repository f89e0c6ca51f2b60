import type { DomainEvent } from '@app/domain';
import type { OffenceCategory } from './iom-defaults.js';

/** One stream per cohort: `iom_cohort-<cohortId>`. */
export const IOM_COHORT_STREAM_CATEGORY = 'iom_cohort';

/** An IOM lead registered a cohort for an area of a partnership, with its strands and offence categories. */
export type IomCohortRegistered = DomainEvent<
  'IomCohortRegistered',
  {
    cohortId: string;
    partnershipId: string;
    area: string;
    name: string;
    strands: string[];
    offenceCategories: OffenceCategory[];
    beforeAfterMonths: number;
  }
>;

export type IomCohortEvent = IomCohortRegistered;
