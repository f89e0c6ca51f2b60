import { CallerQuery } from '@app/access';
import type { DateRange } from '@app/periods';
import type { AgencyEngagementReport } from '../../read-models/marac-reports.reader.js';

/** Each agency's attendance at a MARAC's meetings in a period, and its actions completed and overdue on `asOf`. */
export class GetAgencyEngagementQuery extends CallerQuery<{ maracId: string; range: DateRange; asOf: string }, AgencyEngagementReport> {}
