import { CallerQuery } from '@app/access';
import type { DateRange } from '@app/periods';
import type { DepersonalisedCasePage } from '../../read-models/depersonalised-cases.reader.js';

/** Analysts' case-level data for a MARAC: cases referred in the period, pseudonymous, no personal data. */
export class ListDepersonalisedCasesQuery extends CallerQuery<
  { maracId: string; range: DateRange; page: number; pageSize: number },
  DepersonalisedCasePage
> {}
