import { CallerQuery } from '@app/access';
import type { Period } from '@app/periods';
import type { RepeatRatesAcrossMaracs } from '../../read-models/marac-reports.reader.js';

/** The repeat rate of every MARAC in the caller's partnerships for a period (analysts: a financial year or quarter), and of them all together. */
export class GetRepeatRatesAcrossMaracsQuery extends CallerQuery<{ period: Period }, RepeatRatesAcrossMaracs> {}
