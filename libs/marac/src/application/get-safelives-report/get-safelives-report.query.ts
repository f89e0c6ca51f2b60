import { CallerQuery } from '@app/access';
import type { FinancialQuarterNumber } from '@app/periods';
import type { SafeLivesReport } from '../../read-models/marac-reports.reader.js';

/** A MARAC's SafeLives data for a financial year, or one of its quarters. */
export class GetSafeLivesReportQuery extends CallerQuery<
  { maracId: string; financialYear: string; quarter: FinancialQuarterNumber | null },
  SafeLivesReport
> {}
