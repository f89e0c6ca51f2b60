import { CallerQuery } from '@app/access';
import type { DateRange } from '@app/periods';
import type { RepeatRateReport } from '../../read-models/marac-reports.reader.js';

/** A MARAC's repeat rate for a period, against its partnership's band. */
export class GetRepeatRateQuery extends CallerQuery<{ maracId: string; range: DateRange }, RepeatRateReport> {}
