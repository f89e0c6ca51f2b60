import { CallerQuery } from '@app/access';
import type { DateRange } from '@app/periods';
import type { DepersonalisedVsCasePage } from '../../read-models/depersonalised-vs-cases.reader.js';

/** Analysts' case-level data for a victim service: cases referred in the period, pseudonymous, no personal data. */
export class ListDepersonalisedVsCasesQuery extends CallerQuery<
  { serviceId: string; range: DateRange; page: number; pageSize: number },
  DepersonalisedVsCasePage
> {}
