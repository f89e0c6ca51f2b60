import { CallerQuery } from '@app/access';
import type { IsoDate, Period } from '@app/periods';
import type { EveryCohortMeasuresReport } from '../../read-models/iom-measures.views.js';

/**
 * The measures of every cohort of one partnership, or of every partnership the caller may see (no
 * partnershipId), for a period: each cohort's figures as GetCohortMeasuresQuery gives them.
 */
export class GetEveryCohortMeasuresQuery extends CallerQuery<
  { partnershipId?: string; period: Period; asOf: IsoDate },
  EveryCohortMeasuresReport
> {}
