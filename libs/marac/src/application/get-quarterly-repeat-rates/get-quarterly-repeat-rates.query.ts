import { CallerQuery } from '@app/access';
import type { QuarterlyRepeatRates } from '../../read-models/marac-reports.reader.js';

/** A MARAC's repeat rate for each quarter of a UK financial year, and for the year. */
export class GetQuarterlyRepeatRatesQuery extends CallerQuery<{ maracId: string; financialYear: string }, QuarterlyRepeatRates> {}
