import { CallerQuery } from '@app/access';
import type { IsoDate, Period } from '@app/periods';
import type { IomMeasuresReport } from '../../read-models/iom-measures.views.js';

/** A cohort's measures for a period (IOM leads: exact, with who was counted; analysts: whole periods, depersonalised). */
export class GetCohortMeasuresQuery extends CallerQuery<
  { cohortId: string; period: Period; asOf: IsoDate; strand?: string },
  IomMeasuresReport
> {}
