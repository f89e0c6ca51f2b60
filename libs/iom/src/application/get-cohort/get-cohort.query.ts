import { CallerQuery } from '@app/access';
import type { CohortView } from '../register-cohort/register-cohort.command.js';

/** A cohort's registration: area, strands, offence categories and window (IOM leads and analysts). */
export class GetCohortQuery extends CallerQuery<{ cohortId: string }, CohortView> {}
