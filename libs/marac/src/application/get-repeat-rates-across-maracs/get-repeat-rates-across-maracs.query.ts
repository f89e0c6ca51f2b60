import { CallerQuery } from '@app/access';
import type { DateRange } from '@app/periods';
import type { RepeatRatesAcrossMaracs } from '../../read-models/marac-reports.reader.js';

/** The repeat rate of every MARAC in the caller's partnerships for a period, and of them all together. */
export class GetRepeatRatesAcrossMaracsQuery extends CallerQuery<{ range: DateRange }, RepeatRatesAcrossMaracs> {}
