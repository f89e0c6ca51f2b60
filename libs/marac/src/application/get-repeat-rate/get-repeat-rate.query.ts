import { CallerQuery } from '@app/access';
import type { Period } from '@app/periods';
import type { RepeatRateReport } from '../../read-models/marac-reports.reader.js';

/** A MARAC's repeat rate for a period (analysts: a financial year or quarter), against its partnership's band. */
export class GetRepeatRateQuery extends CallerQuery<{ maracId: string; period: Period }, RepeatRateReport> {}
